package eu.dualis.platform.api;

import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.PageRequest;

/** Parsing of query parameters into values, with a field-named error for bad ones. */
public final class QueryParams {

  private QueryParams() {}

  public static int wholeNumber(String field, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw InvalidInputException.of(field, "must be a whole number");
    }
  }

  /** An enum constant named case-insensitively; null for no text; the field named when unknown. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /** {@code page} and {@code size} as a page request (both checked, both reported). */
  public static PageRequest page(String page, String size) {
    return new PageRequest(wholeNumber("page", page), wholeNumber("size", size));
  }
}
