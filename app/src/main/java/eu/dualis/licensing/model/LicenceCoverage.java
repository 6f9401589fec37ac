package eu.dualis.licensing.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Art. 12 of Regulation (EU) 2021/821: whether an authorisation in the register covers one line of
 * an export. A pure rule over the tenant's licences, their usage and the Annex II catalogue, so
 * that it is tested without a database. General authorisations are tried first, then global, then
 * individual licences.
 */
public final class LicenceCoverage {

  private static final Comparator<CoverCandidate> PREFERRED =
      Comparator.comparingInt((CoverCandidate c) -> c.licence().kind().preference())
          .thenComparing(c -> c.licence().number());

  private final Map<LicenceKind, GeneralAuthorisation> catalogue;

  public LicenceCoverage(Map<LicenceKind, GeneralAuthorisation> catalogue) {
    this.catalogue = Map.copyOf(catalogue);
  }

  /**
   * One export line.
   *
   * @param quantity null when not stated (then no quantity limit is checked)
   * @param value EUR; null when not stated
   */
  public record Line(
      LicensedCode code, String destination, LocalDate on, BigDecimal quantity, BigDecimal value) {}

  /** The covering licence, if any, and why each other candidate did not cover. */
  public record Outcome(Optional<CoverCandidate> cover, List<String> reasons) {}

  public Outcome assess(List<CoverCandidate> candidates, Line line) {
    List<String> reasons = new ArrayList<>();
    for (CoverCandidate candidate : candidates.stream().sorted(PREFERRED).toList()) {
      List<String> obstacles = obstacles(candidate, line);
      if (obstacles.isEmpty()) {
        return new Outcome(Optional.of(candidate), reasons);
      }
      String number = candidate.licence().kind() + " " + candidate.licence().number();
      obstacles.forEach(o -> reasons.add(number + ": " + o));
    }
    return new Outcome(Optional.empty(), reasons);
  }

  /** Everything that keeps this licence from covering the line; empty when it covers it. */
  public List<String> obstacles(CoverCandidate candidate, Line line) {
    Licence licence = candidate.licence();
    List<String> obstacles = new ArrayList<>();
    LicenceStatus status = licence.statusOn(line.on());
    if (status != LicenceStatus.ACTIVE) {
      obstacles.add("status on " + line.on() + " is " + status);
    } else if (!licence.validOn(line.on())) {
      obstacles.add("not valid on " + line.on() + " (valid from " + licence.validFrom() + ")");
    }
    List<LicensedCode> codes = licence.codes();
    if (!codes.isEmpty() && codes.stream().noneMatch(c -> c.covers(line.code()))) {
      obstacles.add(line.code() + " is not among its entry codes " + codes);
    }
    GeneralAuthorisation general = catalogue.get(licence.kind());
    if (general != null) {
      // Annex II Section A etc.: the authorisation's own destinations and excluded items.
      general.exclusionOf(line.code()).ifPresent(obstacles::add);
      if (!general.allows(line.destination())) {
        obstacles.add(
            line.destination()
                + " is not a destination of "
                + licence.kind()
                + " (Annex II"
                + " Section "
                + general.section()
                + ": "
                + String.join(", ", general.destinations().stream().sorted().toList())
                + ")");
      }
    }
    List<String> destinations = licence.destinationList();
    if (!destinations.isEmpty() && !destinations.contains(line.destination())) {
      obstacles.add(line.destination() + " is not among its destinations " + destinations);
    }
    BigDecimal remainingQuantity = candidate.remainingQuantity();
    if (remainingQuantity != null
        && line.quantity() != null
        && remainingQuantity.compareTo(line.quantity()) < 0) {
      obstacles.add(
          "remaining quantity "
              + remainingQuantity.toPlainString()
              + " "
              + licence.quantityUnit()
              + " is less than "
              + line.quantity().toPlainString());
    }
    BigDecimal remainingValue = candidate.remainingValue();
    if (remainingValue != null
        && line.value() != null
        && remainingValue.compareTo(line.value()) < 0) {
      obstacles.add(
          "remaining value EUR "
              + remainingValue.toPlainString()
              + " is less than EUR "
              + line.value().toPlainString());
    }
    return obstacles;
  }
}
