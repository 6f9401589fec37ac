package eu.dualis.screening.service.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Country names as sanctions lists print them, to ISO 3166-1 alpha-2 codes in upper case.
 *
 * <p>Built on the English names of {@link Locale#getISOCountries()} and an alias table of the forms
 * the publishers use instead: the UN's official names ("Iran (Islamic Republic of)"), OFAC's
 * inverted ones ("Korea, North"), older names ("Burma", "Swaziland") and the nationality adjectives
 * some lists write ("Afghan"). Case, accents, punctuation, "&amp;" for "and" and a leading "the" do
 * not matter; a trailing parenthesis and an inversion around a comma are tried last. A name that is
 * none of these is unknown: a country guessed wrongly would hide a hit, so nothing is guessed.
 * States that no longer exist (Soviet Union, Yugoslavia) are unknown for the same reason.
 */
final class Countries {

  private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

  /** Kosovo has no ISO code of its own; lists use the user-assigned XK that everyone shares. */
  private static final String KOSOVO = "XK";

  private static final Map<String, String> BY_NAME = buildTable();

  private Countries() {}

  /** The code of a country name, or empty when the name is not surely one country. */
  static Optional<String> fromName(String name) {
    String key = normalise(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String code = BY_NAME.get(key);
    if (code == null && name.contains("(")) {
      code = BY_NAME.get(normalise(name.substring(0, name.indexOf('('))));
    }
    int comma = name.indexOf(',');
    if (code == null && comma > 0 && comma == name.lastIndexOf(',')) {
      code = BY_NAME.get(normalise(name.substring(comma + 1) + " " + name.substring(0, comma)));
    }
    return Optional.ofNullable(code);
  }

  /** An alpha-2 code as a list writes it ("ir", "IR"), or empty when it is not an assigned code. */
  static Optional<String> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    return ISO_CODES.contains(upper) || KOSOVO.equals(upper)
        ? Optional.of(upper)
        : Optional.empty();
  }

  static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("['’‘`]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    if (plain.startsWith("the ")) {
      plain = plain.substring(4);
    }
    if (plain.startsWith("st ")) {
      plain = "saint " + plain.substring(3);
    }
    return plain;
  }

  private static Map<String, String> buildTable() {
    Map<String, String> table = new HashMap<>();
    for (String code : ISO_CODES) {
      table.put(normalise(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
    }
    CountryAliases.forEach((alias, code) -> table.put(normalise(alias), code));
    return Map.copyOf(table);
  }
}
