package eu.dualis.licensing.model;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes that a licence may name as destinations. */
public final class CountryCodes {

  private static final Set<String> ISO = Set.of(Locale.getISOCountries());

  /** Kosovo has no ISO code; authorities and lists use the user-assigned XK. */
  private static final String KOSOVO = "XK";

  private CountryCodes() {}

  public static boolean isKnown(String code) {
    return code != null && (ISO.contains(code) || KOSOVO.equals(code));
  }
}
