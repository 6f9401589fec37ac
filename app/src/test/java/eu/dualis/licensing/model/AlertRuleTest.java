package eu.dualis.licensing.model;

import static eu.dualis.licensing.model.Licences.TO;
import static eu.dualis.licensing.model.Licences.licence;
import static eu.dualis.licensing.model.Licences.unused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRuleTest {

  private final AlertRule rule = new AlertRule(10);
  private final Licence individual =
      licence(LicenceKind.INDIVIDUAL, "NL-1", List.of("5A002"), List.of("CN"));

  @Test
  void onlyTheMostUrgentExpiryWarningIsDue() {
    assertThat(rule.due(unused(individual), TO.minusDays(91))).isEmpty();
    assertThat(rule.due(unused(individual), TO.minusDays(90))).containsOnly(AlertKind.EXPIRY_90);
    assertThat(rule.due(unused(individual), TO.minusDays(31))).containsOnly(AlertKind.EXPIRY_90);
    assertThat(rule.due(unused(individual), TO.minusDays(20))).containsOnly(AlertKind.EXPIRY_30);
    assertThat(rule.due(unused(individual), TO.minusDays(7))).containsOnly(AlertKind.EXPIRY_7);
    assertThat(rule.due(unused(individual), TO)).containsOnly(AlertKind.EXPIRY_7);
    assertThat(rule.due(unused(individual), TO.plusDays(1))).isEmpty();
  }

  @Test
  void aRegistrationWithoutEndDateNeverExpires() {
    Licence eu001 = licence(LicenceKind.EU001, "EU001-1", List.of(), List.of());
    assertThat(rule.due(unused(eu001), TO.plusYears(5))).isEmpty();
  }

  @Test
  void lowWhenWhatIsLeftIsAtOrBelowTheShareOfTheLimit() {
    Licence limited =
        licence(
            LicenceKind.INDIVIDUAL,
            "NL-2",
            List.of("5A002"),
            List.of("CN"),
            new BigDecimal("200"),
            new BigDecimal("1000"),
            LicenceStatus.ACTIVE);
    var day = TO.minusDays(200);
    assertThat(rule.due(new CoverCandidate(limited, new BigDecimal("179"), BigDecimal.ZERO), day))
        .isEmpty();
    assertThat(rule.due(new CoverCandidate(limited, new BigDecimal("180"), BigDecimal.ZERO), day))
        .containsOnly(AlertKind.LOW_QUANTITY);
    assertThat(
            rule.due(new CoverCandidate(limited, BigDecimal.ZERO, new BigDecimal("900.00")), day))
        .containsOnly(AlertKind.LOW_VALUE);
  }

  @Test
  void aRevokedLicenceRaisesNothing() {
    Licence revoked =
        licence(
            LicenceKind.INDIVIDUAL,
            "NL-3",
            List.of("5A002"),
            List.of("CN"),
            null,
            null,
            LicenceStatus.REVOKED);
    assertThat(rule.due(unused(revoked), TO.minusDays(3))).isEmpty();
  }
}
