package eu.dualis.screening.model;

import java.util.Objects;

/**
 * An identifier a list gives for an entity: passport, national id, IMO number, registration.
 *
 * @param type the list's own word for it, e.g. "Passport", "IMO", "National Identification Number"
 * @param number as printed
 * @param country ISO 3166-1 alpha-2 in upper case, or null when the list gives none
 */
public record ParsedIdentifier(String type, String number, String country) {

  public ParsedIdentifier {
    Objects.requireNonNull(number, "number");
    type = type == null || type.isBlank() ? "Other" : type.strip();
    number = number.strip();
  }
}
