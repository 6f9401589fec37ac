package eu.dualis.licensing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenceDetailsTest {

  private static LicenceDetails details(
      LicenceKind kind,
      LocalDate from,
      LocalDate to,
      List<String> codes,
      List<String> countries,
      BigDecimal quantity,
      BigDecimal value) {
    return new LicenceDetails(
        kind,
        "NL-2026-0042",
        "CDIU",
        "Acme B.V.",
        from,
        to,
        LicenceStatus.ACTIVE,
        codes,
        countries,
        quantity,
        quantity == null ? null : "pcs",
        value,
        null,
        null,
        null);
  }

  private static List<String> fields(LicenceDetails d) {
    return catchThrowableOfType(d::validated, InvalidInputException.class).problems().stream()
        .map(FieldProblem::field)
        .toList();
  }

  @Test
  void codesAndCountriesAreNormalisedAndDeduplicated() {
    LicenceDetails valid =
        details(
                LicenceKind.INDIVIDUAL,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                List.of("5a002.A ", "5A002.a", "3A001"),
                List.of("us", "JP"),
                null,
                null)
            .validated();
    assertThat(valid.entryCodes()).containsExactly("5A002.a", "3A001");
    assertThat(valid.destinations()).containsExactly("US", "JP");
  }

  @Test
  void badCodesUnknownCountriesReversedDatesAndNegativeLimitsNameTheirFields() {
    assertThat(
            fields(
                details(
                    LicenceKind.INDIVIDUAL,
                    LocalDate.of(2026, 12, 31),
                    LocalDate.of(2026, 1, 1),
                    List.of("5A00"),
                    List.of("XX"),
                    new BigDecimal("-1"),
                    new BigDecimal("-5"))))
        .contains("validTo", "entryCodes", "destinations", "quantityLimit", "valueLimit");
  }

  @Test
  void onlyRegistrationsForEuGeneralAuthorisationsMayLackAnEndDate() {
    assertThat(
            fields(
                details(
                    LicenceKind.GLOBAL,
                    LocalDate.of(2026, 1, 1),
                    null,
                    List.of("5A002"),
                    List.of("US"),
                    null,
                    null)))
        .containsExactly("validTo");
    assertThat(
            fields(
                details(
                    LicenceKind.EU001,
                    LocalDate.of(2026, 1, 1),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null)))
        .containsExactly("registeredOn");
  }
}
