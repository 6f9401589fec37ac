package eu.dualis.evidence.model;

import java.util.List;

/** The annexes of a pack, each with its fixed header row, written as CSV and as XLSX. */
public enum Annex {
  CLASSIFICATIONS(
      "annexes/classifications.csv",
      List.of(
          "id",
          "product_id",
          "outcome",
          "entry_codes",
          "status",
          "author",
          "created_at",
          "approved_by",
          "approved_at")),
  SCREENINGS(
      "annexes/screenings.csv",
      List.of(
          "id",
          "screened_at",
          "screened_by",
          "purpose",
          "party_id",
          "query_name",
          "query_country",
          "status",
          "hit_count")),
  MATCH_DECISIONS(
      "annexes/match_decisions.csv",
      List.of(
          "id",
          "decided_at",
          "decided_by",
          "party_id",
          "list_source",
          "list_reference",
          "outcome",
          "justification")),
  EXPORT_CHECKS(
      "annexes/export_checks.csv",
      List.of(
          "id",
          "checked_at",
          "checked_by",
          "reference",
          "destination",
          "determination",
          "end_use")),
  DUE_DILIGENCE_FILES(
      "annexes/due_diligence_files.csv",
      List.of(
          "id",
          "revision",
          "created_at",
          "end_user_name",
          "destination",
          "risk_level",
          "status",
          "decision",
          "decided_by",
          "decided_at",
          "document_name")),
  LICENCES(
      "annexes/licences.csv",
      List.of(
          "id",
          "kind",
          "number",
          "authority",
          "holder",
          "valid_from",
          "valid_to",
          "status",
          "entry_codes",
          "destinations")),
  TRAINING_RECORDS(
      "annexes/training_records.csv",
      List.of(
          "trainee_name",
          "trainee_email",
          "role",
          "course_title",
          "course_kind",
          "completed_on",
          "result",
          "score",
          "expires_on",
          "certificate_sha256"));

  private final String path;
  private final List<String> header;

  Annex(String path, List<String> header) {
    this.path = path;
    this.header = header;
  }

  /** The CSV file in the pack. */
  public String path() {
    return path;
  }

  /** The XLSX file in the pack, next to the CSV with the same cells. */
  public String xlsxPath() {
    return path.substring(0, path.length() - ".csv".length()) + ".xlsx";
  }

  /** The sheet's tab name: the file name without folder and extension. */
  public String sheetName() {
    return path.substring(path.lastIndexOf('/') + 1, path.length() - ".csv".length());
  }

  public List<String> header() {
    return header;
  }
}
