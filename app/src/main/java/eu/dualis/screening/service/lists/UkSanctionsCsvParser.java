package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.ListFormatException;
import eu.dualis.screening.model.RecordProblem;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the UK Sanctions List CSV of the FCDO ({@code UK-Sanctions-List.csv}). Since 28 January
 * 2026 this is the single UK list: OFSI's Consolidated List of Financial Sanctions Targets
 * (ConList.csv) was closed that day, and the FCDO list covers all UK designations, financial and
 * otherwise.
 *
 * <p>Shape: a first line "Report Date: 28-Jan-2026" (the header date), then a header of 58 named
 * columns (Last Updated, Unique ID, OFSI Group ID, UN Reference Number, Name 6, Name 1 to Name 5,
 * Name type, Alias strength, Name non-latin script, Regime Name, Designation Type, D.O.B,
 * Nationality(/ies), Passport number, ... Current believed flag of ship, Hull identification number
 * (HIN)), then one row per name of a designation, repeated per address or date of birth. Columns
 * are found by name.
 *
 * <p>Rows are grouped by Unique ID into one entity ({@link UkDesignation}); the rows of one
 * designation are adjacent in the published file. To keep memory flat no designation is held back
 * waiting for more rows: a Unique ID that comes back after other designations is reported as
 * malformed at that row and its returning rows are left out. Only the Unique IDs seen are kept, not
 * their rows. A name is Name 1 to Name 5 then Name 6 (the family name or the whole name of an
 * entity); Designation Type Individual, Entity and Ship map to person, organisation and vessel.
 * Dates of birth are dd/mm/yyyy with "dd", "mm" or "00" for an unknown part; a cell may hold
 * several values as "(1) A (2) B" or "A|B".
 */
public final class UkSanctionsCsvParser implements ListParser {

  private static final String FORMAT = "the UK Sanctions List CSV";
  private static final String REPORT_DATE = "Report Date:";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH);

  @Override
  public ParsedListHeader parse(InputStream in, EntitySink sink) throws IOException {
    try (CsvRows rows = new CsvRows(in, null)) {
      CsvRows.Row first = rows.next();
      if (first == null) {
        throw ListFormatException.at("line 1", "empty file: no Report Date line and no header");
      }
      LocalDate reported = null;
      if (first.size() == 1 && first.get(0).startsWith(REPORT_DATE)) {
        reported = reportDate(first);
        first = rows.next();
        if (first == null) {
          throw ListFormatException.at("line 2", "no header line after the Report Date");
        }
      }
      CsvHeader header =
          new CsvHeader(first)
              .require(rows, FORMAT, "Unique ID", "Name 6", "Name type", "Designation Type");
      readDesignations(rows, header, sink);
      return new ParsedListHeader(reported, null);
    }
  }

  private static void readDesignations(CsvRows rows, CsvHeader header, EntitySink sink) {
    Set<String> seen = new HashSet<>();
    UkDesignation current = null;
    String skipping = null;
    for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
      String where = rows.where(row.line());
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      if (row.size() != header.size()) {
        sink.malformed(
            new RecordProblem(
                where, header.size() + " fields expected as in the header, found " + row.size()));
        continue;
      }
      String id = header.get(row, "Unique ID");
      if (id.isEmpty()) {
        sink.malformed(new RecordProblem(where, "no Unique ID"));
        continue;
      }
      if (current != null && id.equals(current.uniqueId())) {
        current.add(header, row);
        continue;
      }
      if (id.equals(skipping)) {
        continue;
      }
      if (current != null) {
        current.build(sink).ifPresent(sink::accept);
        current = null;
      }
      skipping = null;
      if (!seen.add(id)) {
        sink.malformed(
            new RecordProblem(
                where,
                "Unique ID "
                    + id
                    + " comes back after other designations; the rows of a designation must be"
                    + " adjacent, these are left out"));
        skipping = id;
        continue;
      }
      current = new UkDesignation(id, where);
      current.add(header, row);
    }
    if (current != null) {
      current.build(sink).ifPresent(sink::accept);
    }
  }

  /** The date of "Report Date: 28-Jan-2026"; null when it reads otherwise, as if absent. */
  private static LocalDate reportDate(CsvRows.Row line) {
    String text = line.get(0).substring(REPORT_DATE.length()).strip();
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
