package eu.dualis.classification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProductDetailsTest {

  @Test
  void trimsBlanksAndNormalisesTheCnCode() {
    ProductDetails valid =
        new ProductDetails("  Laser ", " L-1 ", "  ", null, "8471 30 00", "").validated();
    assertThat(valid.name()).isEqualTo("Laser");
    assertThat(valid.partNumber()).isEqualTo("L-1");
    assertThat(valid.description()).isNull();
    assertThat(valid.cnCode()).isEqualTo("84713000");
    assertThat(valid.technicalNotes()).isNull();
  }

  @Test
  void reportsEveryBrokenRuleAtOnceByField() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new ProductDetails(
                        " ", "p".repeat(65), "d".repeat(4001), "m".repeat(201), "1234", null)
                    .validated());
    assertThat(e.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("name", "partNumber", "description", "manufacturer", "cnCode");
  }
}
