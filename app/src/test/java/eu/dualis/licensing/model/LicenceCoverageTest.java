package eu.dualis.licensing.model;

import static eu.dualis.licensing.model.Licences.FROM;
import static eu.dualis.licensing.model.Licences.TO;
import static eu.dualis.licensing.model.Licences.licence;
import static eu.dualis.licensing.model.Licences.unused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Art. 12: which authorisation in the register covers an export line, and why others do not. */
class LicenceCoverageTest {

  private static final LocalDate ON = LocalDate.of(2026, 6, 1);

  /** EU001 as Annex II Section A sets it out, with one excluded entry. */
  private static final GeneralAuthorisation EU001 =
      new GeneralAuthorisation(
          LicenceKind.EU001,
          "A",
          Set.of("AU", "CA", "IS", "JP", "NZ", "NO", "CH", "LI", "GB", "US"),
          List.of(
              new GeneralAuthorisation.Exclusion(
                  LicensedCode.parse("1C351").orElseThrow(), "human and animal pathogens")),
          Set.of('0'),
          "test");

  private final LicenceCoverage rule = new LicenceCoverage(Map.of(LicenceKind.EU001, EU001));

  private static LicenceCoverage.Line line(String code, String destination) {
    return line(code, destination, ON, null, null);
  }

  private static LicenceCoverage.Line line(
      String code, String destination, LocalDate on, String quantity, String value) {
    return new LicenceCoverage.Line(
        LicensedCode.parse(code).orElseThrow(),
        destination,
        on,
        quantity == null ? null : new BigDecimal(quantity),
        value == null ? null : new BigDecimal(value));
  }

  @Test
  void anEntryCodeCoversItsSubItemsButNotOtherEntries() {
    var individual =
        unused(licence(LicenceKind.INDIVIDUAL, "NL-1", List.of("5A002"), List.of("CN")));
    assertThat(rule.assess(List.of(individual), line("5A002.a.1", "CN")).cover()).isPresent();
    var outcome = rule.assess(List.of(individual), line("5A003", "CN"));
    assertThat(outcome.cover()).isEmpty();
    assertThat(outcome.reasons()).singleElement().asString().contains("5A003 is not among");
  }

  @Test
  void eu001CoversItsDestinationsOnlyAndSaysWhyNot() {
    var eu001 = unused(licence(LicenceKind.EU001, "EU001-REG", List.of(), List.of()));
    assertThat(rule.assess(List.of(eu001), line("5A002.a.1", "JP")).cover()).isPresent();
    assertThat(rule.assess(List.of(eu001), line("5A002.a.1", "LI")).cover()).isPresent();
    var china = rule.assess(List.of(eu001), line("5A002.a.1", "CN"));
    assertThat(china.cover()).isEmpty();
    assertThat(china.reasons())
        .singleElement()
        .asString()
        .contains("CN is not a destination of EU001")
        .contains("Annex II Section A");
  }

  @Test
  void eu001DoesNotCoverAnExcludedEntryOrItsSubItems() {
    var eu001 = unused(licence(LicenceKind.EU001, "EU001-REG", List.of(), List.of()));
    var pathogen = rule.assess(List.of(eu001), line("1C351.a.1", "US"));
    assertThat(pathogen.cover()).isEmpty();
    assertThat(pathogen.reasons()).singleElement().asString().contains("excluded from EU001");
    assertThat(rule.assess(List.of(eu001), line("0B001", "US")).cover()).isEmpty();
    assertThat(rule.assess(List.of(eu001), line("1C350", "US")).cover()).isPresent();
  }

  @Test
  void generalAuthorisationsArePreferredToGlobalAndIndividualLicences() {
    var individual =
        unused(licence(LicenceKind.INDIVIDUAL, "A-IND", List.of("5A002"), List.of("US")));
    var global = unused(licence(LicenceKind.GLOBAL, "B-GLO", List.of("5A002"), List.of("US")));
    var eu001 = unused(licence(LicenceKind.EU001, "Z-EU001", List.of(), List.of()));
    assertThat(rule.assess(List.of(individual, global, eu001), line("5A002.a", "US")).cover())
        .map(c -> c.licence().number())
        .contains("Z-EU001");
    assertThat(rule.assess(List.of(individual, global), line("5A002.a", "US")).cover())
        .map(c -> c.licence().number())
        .contains("B-GLO");
  }

  @Test
  void anExpiredSuspendedOrNotYetValidLicenceCoversNothing() {
    var individual =
        unused(licence(LicenceKind.INDIVIDUAL, "NL-1", List.of("5A002"), List.of("CN")));
    assertThat(rule.assess(List.of(individual), line("5A002", "CN", TO, null, null)).cover())
        .isPresent();
    var after = rule.assess(List.of(individual), line("5A002", "CN", TO.plusDays(1), null, null));
    assertThat(after.cover()).isEmpty();
    assertThat(after.reasons()).singleElement().asString().contains("EXPIRED");
    assertThat(
            rule.assess(List.of(individual), line("5A002", "CN", FROM.minusDays(1), null, null))
                .cover())
        .isEmpty();
    var suspended =
        unused(
            licence(
                LicenceKind.INDIVIDUAL,
                "NL-2",
                List.of("5A002"),
                List.of("CN"),
                null,
                null,
                LicenceStatus.SUSPENDED));
    assertThat(rule.assess(List.of(suspended), line("5A002", "CN")).reasons())
        .singleElement()
        .asString()
        .contains("SUSPENDED");
  }

  @Test
  void theRemainingQuantityAndValueMustCoverTheLine() {
    Licence limited =
        licence(
            LicenceKind.INDIVIDUAL,
            "NL-3",
            List.of("5A002"),
            List.of("CN"),
            new BigDecimal("100"),
            new BigDecimal("50000"),
            LicenceStatus.ACTIVE);
    var used = new CoverCandidate(limited, new BigDecimal("95"), new BigDecimal("10000"));
    assertThat(rule.assess(List.of(used), line("5A002", "CN", ON, "5", "40000")).cover())
        .isPresent();
    var tooMany = rule.assess(List.of(used), line("5A002", "CN", ON, "6", null));
    assertThat(tooMany.cover()).isEmpty();
    assertThat(tooMany.reasons()).singleElement().asString().contains("remaining quantity 5");
    var tooDear = rule.assess(List.of(used), line("5A002", "CN", ON, null, "40000.01"));
    assertThat(tooDear.reasons()).singleElement().asString().contains("remaining value EUR 40000");
    // Not stated: not checked.
    assertThat(rule.assess(List.of(used), line("5A002", "CN")).cover()).isPresent();
  }
}
