package eu.dualis.screening.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningQueryInputTest {

  @Test
  void trimsUpperCasesTheCountryAndDefaultsTheType() {
    var q =
        new ScreeningQueryInput("  Ivan Petrov ", null, " ru", " 1965-04 ", List.of(" P123 ", " "))
            .validated();
    assertThat(q.name()).isEqualTo("Ivan Petrov");
    assertThat(q.type()).isEqualTo(EntityType.UNKNOWN);
    assertThat(q.country()).isEqualTo("RU");
    assertThat(q.dateOfBirth()).isEqualTo("1965-04");
    assertThat(q.identifiers()).containsExactly("P123");
  }

  @Test
  void acceptsAYearAloneAndAFullDate() {
    assertThat(new ScreeningQueryInput("A", null, null, "1965", null).validated().dateOfBirth())
        .isEqualTo("1965");
    assertThat(
            new ScreeningQueryInput("A", null, null, "1965-04-29", null).validated().dateOfBirth())
        .isEqualTo("1965-04-29");
  }

  @Test
  void namesEveryWrongFieldAtOnce() {
    assertThatThrownBy(
            () ->
                new ScreeningQueryInput("", null, "Germany", "1965-02-30", List.of("x".repeat(101)))
                    .validated())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("name", "country", "dateOfBirth", "identifiers[0]"));
  }

  @Test
  void aNameOfPunctuationAloneIsRefused() {
    assertThatThrownBy(() -> new ScreeningQueryInput("-- ..", null, null, null, null).validated())
        .hasMessageContaining("letter or digit");
  }
}
