package eu.dualis.evidence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackRequestTest {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 6, 30);

  @Test
  void aRequestIsNormalisedWithEnglishByDefault() {
    PackRequest r =
        new PackRequest(" CDIU ", FROM, TO, List.of(" 5a002 "), List.of("us"), null).validated();
    assertThat(r.authority()).isEqualTo("CDIU");
    assertThat(r.entryCodes()).containsExactly("5A002");
    assertThat(r.destinations()).containsExactly("US");
    assertThat(r.language()).isEqualTo("en");
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    InvalidInputException e =
        catchThrowableOfType(
            () ->
                new PackRequest("", TO, FROM, List.of("5A002;DROP"), List.of("USA"), "de")
                    .validated(),
            InvalidInputException.class);
    assertThat(e.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "authority", "periodTo", "entryCodes", "destinations", "language");
  }

  @Test
  void missingDatesAreNamed() {
    InvalidInputException e =
        catchThrowableOfType(
            () -> new PackRequest("BAFA", null, null, null, null, "nl").validated(),
            InvalidInputException.class);
    assertThat(e.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("periodFrom", "periodTo");
  }
}
