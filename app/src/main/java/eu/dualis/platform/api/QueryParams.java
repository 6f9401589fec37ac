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

  /** {@code page} and {@code size} as a page request (both checked, both reported). */
  public static PageRequest page(String page, String size) {
    return new PageRequest(wholeNumber("page", page), wholeNumber("size", size));
  }
}
