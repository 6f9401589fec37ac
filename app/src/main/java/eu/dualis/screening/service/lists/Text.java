package eu.dualis.screening.service.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small text rules every list reader shares. */
final class Text {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Text() {}

  /**
   * The value with its whitespace collapsed to single spaces, "" for null: lists wrap long names
   * and document types over several indented lines, which would otherwise reach the matcher.
   */
  static String clean(String value) {
    return value == null ? "" : WHITESPACE.matcher(value.strip()).replaceAll(" ");
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** The cleaned parts around {@code separator}, empty parts left out. */
  static List<String> split(String value, String separatorRegex) {
    List<String> parts = new ArrayList<>();
    if (isBlank(value)) {
      return parts;
    }
    for (String part : value.split(separatorRegex)) {
      String cleaned = clean(part);
      if (!cleaned.isEmpty()) {
        parts.add(cleaned);
      }
    }
    return parts;
  }

  /** The non-blank values joined by a space, as a name is written from its parts. */
  static String joinParts(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      String cleaned = clean(part);
      if (!cleaned.isEmpty()) {
        if (joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(cleaned);
      }
    }
    return joined.toString();
  }
}
