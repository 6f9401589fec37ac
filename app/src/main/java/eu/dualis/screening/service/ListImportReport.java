package eu.dualis.screening.service;

import eu.dualis.screening.model.ListVersion;
import eu.dualis.screening.model.OnMalformedRecord;
import eu.dualis.screening.model.RecordProblem;
import java.util.List;

/**
 * What an import did.
 *
 * @param created false when the same file was imported before: nothing changed
 * @param problems the malformed records, with their positions
 */
public record ListImportReport(ListVersion version, boolean created, List<RecordProblem> problems) {

  public ListImportReport {
    problems = List.copyOf(problems);
  }

  /** The decision taken on the malformed records, in words a list manager reads. */
  public String decision() {
    if (problems.isEmpty()) {
      return "All records were read.";
    }
    return version.onMalformed() == OnMalformedRecord.SKIP_RECORD
        ? problems.size()
            + " malformed record(s) were skipped (on malformed record: SKIP_RECORD); the rest is in force."
        : problems.size()
            + " malformed record(s): the file was rejected (on malformed record: REJECT_FILE).";
  }
}
