package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.ListFormatException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a CSV list by name, so that a publisher adding or moving a column breaks nothing.
 * Names are compared without case and surrounding space.
 */
final class CsvHeader {

  private final Map<String, Integer> columns = new HashMap<>();
  private final int size;
  private final long line;

  CsvHeader(CsvRows.Row header) {
    this.size = header.size();
    this.line = header.line();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(key(header.get(i)), i);
    }
  }

  /** Refuses the file when a column the reader cannot do without is missing. */
  CsvHeader require(CsvRows rows, String format, String... names) {
    for (String name : names) {
      if (!columns.containsKey(key(name))) {
        throw ListFormatException.at(
            rows.where(line), "no column \"" + name + "\" in the header: this is not " + format);
      }
    }
    return this;
  }

  int size() {
    return size;
  }

  /** The cleaned value of the named column in {@code row}, "" when the file has no such column. */
  String get(CsvRows.Row row, String name) {
    Integer index = columns.get(key(name));
    return index == null ? "" : row.get(index);
  }

  private static String key(String name) {
    return Text.clean(name).toLowerCase(Locale.ROOT);
  }
}
