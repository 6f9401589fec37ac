package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListFormatException;
import eu.dualis.classification.model.ControlListFormatException.Problem;
import eu.dualis.classification.model.ParsedControlList;
import eu.dualis.classification.model.ParsedEntry;
import eu.dualis.classification.service.CsvRecordReader.CsvRecord;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a control list from plain CSV, for curated lists: a header {@code code,parent,text}
 * (columns in any order, {@code parent} optional), then one entry a line. An empty parent is
 * derived from the code. Every bad row is reported with its line, not only the first; blank lines
 * are skipped. A CSV file does not say what list it is, so the caller does.
 */
public final class CsvControlListParser {

  private static final List<String> COLUMNS = List.of("code", "parent", "text");

  /**
   * Reads the file as the list {@code sourceId}, titled {@code title}, applicable from {@code
   * applicableFrom} (null when unknown).
   */
  public ParsedControlList parse(
      InputStream csv, String sourceId, String title, LocalDate applicableFrom) {
    CsvRecordReader reader = new CsvRecordReader(csv);
    CsvRecord header = nextNonBlank(reader);
    if (header == null) {
      throw ControlListFormatException.at(
          "line 1", "the file is empty; expected the header code,parent,text");
    }
    List<String> columns = columns(header);
    List<Problem> problems = new ArrayList<>();
    List<EntryRow> rows = new ArrayList<>();
    for (CsvRecord r = nextNonBlank(reader); r != null; r = nextNonBlank(reader)) {
      if (r.fields().size() != columns.size()) {
        problems.add(
            new Problem(
                "line " + r.line(),
                r.fields().size()
                    + " fields where the header has "
                    + columns.size()
                    + " (quote a field that holds a comma)"));
        continue;
      }
      rows.add(
          new EntryRow(
              "line " + r.line(),
              false,
              field(r, columns, "code"),
              field(r, columns, "parent"),
              field(r, columns, "text"),
              List.of()));
    }
    List<ParsedEntry> entries = EntryRowChecker.check(rows, problems);
    if (problems.isEmpty() && entries.isEmpty()) {
      problems.add(new Problem("line " + header.line(), "no entries after the header"));
    }
    if (!problems.isEmpty()) {
      throw new ControlListFormatException(problems);
    }
    return new ParsedControlList(sourceId, title, applicableFrom, entries);
  }

  private static List<String> columns(CsvRecord header) {
    List<String> columns =
        header.fields().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    List<Problem> problems = new ArrayList<>();
    String where = "line " + header.line();
    for (String column : columns) {
      if (!COLUMNS.contains(column)) {
        problems.add(
            new Problem(
                where, "unknown column '" + column + "'; expected code, parent (optional), text"));
      } else if (columns.indexOf(column) != columns.lastIndexOf(column)) {
        problems.add(new Problem(where, "column '" + column + "' appears twice"));
      }
    }
    for (String required : List.of("code", "text")) {
      if (!columns.contains(required)) {
        problems.add(new Problem(where, "the header has no column '" + required + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ControlListFormatException(problems.stream().distinct().toList());
    }
    return columns;
  }

  private static String field(CsvRecord r, List<String> columns, String name) {
    int index = columns.indexOf(name);
    return index < 0 ? null : r.fields().get(index);
  }

  private static CsvRecord nextNonBlank(CsvRecordReader reader) {
    CsvRecord r = reader.next();
    while (r != null && r.isBlank()) {
      r = reader.next();
    }
    return r;
  }
}
