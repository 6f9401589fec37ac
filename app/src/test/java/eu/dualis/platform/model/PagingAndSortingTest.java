package eu.dualis.platform.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingAndSortingTest {

  private static final List<String> ALLOWED = List.of("name", "updatedAt");

  @Test
  void pageRequestComputesOffsetAndRejectsBadValuesByField() {
    assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> new PageRequest(-1, 0));
    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("page", "size");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> new PageRequest(0, 201)))
        .isNotNull();
  }

  @Test
  void sortTakesOnlyAllowedFields() {
    assertThat(SortOrder.parse(null, ALLOWED, "name")).isEqualTo(new SortOrder("name", true));
    assertThat(SortOrder.parse("updatedAt,desc", ALLOWED, "name"))
        .isEqualTo(new SortOrder("updatedAt", false));
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> SortOrder.parse("tenant_id", ALLOWED, "name"))
                .problems())
        .extracting(FieldProblem::field)
        .containsExactly("sort");
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class,
                () -> SortOrder.parse("name,sideways", ALLOWED, "name")))
        .isNotNull();
  }
}
