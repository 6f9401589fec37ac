package eu.dualis.exportcheck.service;

import java.util.Set;

/**
 * The 27 member states (ISO 3166 alpha-2). An export under Art. 2(2) and Art. 3(1) leaves the
 * customs territory of the Union; a transfer between member states is not an export (Annex IV items
 * need an Art. 11 licence even then, which this set does not decide).
 */
final class EuMemberStates {

  static final Set<String> CODES =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  private EuMemberStates() {}

  static boolean contains(String iso2) {
    return CODES.contains(iso2);
  }
}
