package eu.dualis.classification.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Combined Nomenclature code (Council Regulation (EEC) No 2658/87): eight digits, often written
 * in groups ("8471 30 00" or "8471.30.00"); stored as the eight digits.
 */
public record CnCode(String value) {

  private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

  public CnCode {
    if (value == null || !EIGHT_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("a CN code has exactly 8 digits");
    }
  }

  /** Accepts spaces and dots between digit groups; empty when the text is not a CN code. */
  public static Optional<CnCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = text.replaceAll("[\\s.]", "");
    return EIGHT_DIGITS.matcher(digits).matches()
        ? Optional.of(new CnCode(digits))
        : Optional.empty();
  }

  /** The usual printed form, "8471 30 00". */
  public String formatted() {
    return value.substring(0, 4) + " " + value.substring(4, 6) + " " + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
