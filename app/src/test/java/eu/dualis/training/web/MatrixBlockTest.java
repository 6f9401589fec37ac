package eu.dualis.training.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.training.model.Attempt;
import eu.dualis.training.model.TrainingMatrix;
import eu.dualis.training.model.TrainingMatrix.Need;
import eu.dualis.training.model.TrainingMatrix.Person;
import eu.dualis.training.model.TrainingResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixBlockTest {

  private static final LocalDate ON = LocalDate.of(2026, 6, 1);

  @Test
  void eachRoleBecomesATableOfTraineesAgainstItsCourses() {
    var matrix =
        TrainingMatrix.on(
            ON,
            List.of(
                new Person("a", "Ann", "ann@x.test", "sales", true),
                new Person("b", "Bob", "bob@x.test", "sales", true),
                new Person("c", "Cy", "cy@x.test", "driver", true)),
            List.of(new Need("sales", "aw", "Awareness"), new Need("sales", "sp", "Specialist")),
            List.of(
                new Attempt(
                    "r1",
                    "b",
                    "sp",
                    ON.minusDays(1),
                    TrainingResult.PASSED,
                    ON.plusYears(1),
                    Instant.EPOCH)));
    List<MatrixBlock> blocks = MatrixBlock.of(matrix);
    assertThat(blocks).extracting(MatrixBlock::role).containsExactly("sales");
    MatrixBlock sales = blocks.get(0);
    assertThat(sales.courses()).containsExactly("Awareness", "Specialist");
    assertThat(sales.rows())
        .extracting(MatrixBlock.Row::traineeEmail)
        .containsExactly("ann@x.test", "bob@x.test");
    assertThat(sales.rows().get(1).cells())
        .containsExactly(
            new MatrixBlock.CellView("MISSING", null),
            new MatrixBlock.CellView("CURRENT", ON.plusYears(1)));
    assertThat(sales.totals().requiredCells()).isEqualTo(4);
  }
}
