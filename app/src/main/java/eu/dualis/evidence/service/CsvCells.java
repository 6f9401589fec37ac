package eu.dualis.evidence.service;

import java.util.List;

/**
 * CSV cells that a spreadsheet opens as text, never as a formula: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} (OWASP's
 * advice against CSV injection), and every cell is quoted per RFC 4180.
 */
public final class CsvCells {

  private CsvCells() {}

  /** The cell as a spreadsheet must read it: formula triggers neutralised; null = empty. */
  public static String neutralised(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }

  /** One quoted, neutralised cell. */
  public static String cell(String value) {
    return "\"" + neutralised(value).replace("\"", "\"\"") + "\"";
  }

  /** One CSV line with its CRLF ending. */
  public static String line(List<String> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(values.get(i)));
    }
    return out.append("\r\n").toString();
  }
}
