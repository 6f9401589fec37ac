package eu.dualis.licensing.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Annex II of Regulation (EU) 2021/821 itself fixes for one Union General Export
 * Authorisation, independent of any company's registration: the destinations it allows (empty: the
 * registration names them) and the items it never covers.
 *
 * @param section the Section of Annex II that sets it out, e.g. "A" for EU001
 * @param excluded entries excluded with every sub-item, each with the text that explains why
 * @param excludedCategories whole Annex I categories treated as excluded (see the data file's note)
 */
public record GeneralAuthorisation(
    LicenceKind kind,
    String section,
    Set<String> destinations,
    List<Exclusion> excluded,
    Set<Character> excludedCategories,
    String source) {

  /** One excluded entry and why. */
  public record Exclusion(LicensedCode code, String reason) {}

  /** Why {@code code} is excluded from this authorisation, if it is. */
  public Optional<String> exclusionOf(LicensedCode code) {
    if (excludedCategories.contains(code.value().charAt(0))) {
      return Optional.of(
          "Category "
              + code.value().charAt(0)
              + " items are not covered by "
              + kind
              + " (Annex IV items and entries excluded by Annex II)");
    }
    return excluded.stream()
        .filter(e -> e.code().covers(code))
        .findFirst()
        .map(e -> code + " is excluded from " + kind + ": " + e.code() + " " + e.reason());
  }

  public boolean allows(String destination) {
    return destinations.isEmpty() || destinations.contains(destination);
  }
}
