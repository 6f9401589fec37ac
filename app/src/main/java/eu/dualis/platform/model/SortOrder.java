package eu.dualis.platform.model;

import java.util.List;
import java.util.Locale;

/** A sort by one field, taken from an allow-list so that no user text reaches a query. */
public record SortOrder(String field, boolean ascending) {

  /**
   * Parses {@code field} or {@code field,asc|desc}.
   *
   * @throws InvalidInputException when the field is not one of {@code allowed}
   */
  public static SortOrder parse(String text, List<String> allowed, String defaultField) {
    if (text == null || text.isBlank()) {
      return new SortOrder(defaultField, true);
    }
    String[] parts = text.split(",", 2);
    String field = parts[0].strip();
    if (!allowed.contains(field)) {
      throw InvalidInputException.of("sort", "must be one of " + String.join(", ", allowed));
    }
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw InvalidInputException.of("sort", "direction must be asc or desc");
    }
    return new SortOrder(field, direction.equals("asc"));
  }
}
