package eu.dualis.training.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.training.model.TrainingResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingCsvTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final String HEADER = TrainingCsv.HEADER + "\n";

  /** The problems of a whole file (thrown) or of its lines (returned with the rows). */
  private static List<String> problems(String text) {
    InvalidInputException e =
        catchThrowableOfType(() -> TrainingCsv.read(text, TODAY), InvalidInputException.class);
    var problems = e != null ? e.problems() : TrainingCsv.read(text, TODAY).problems();
    assertThat(problems).as("expected problems").isNotEmpty();
    return problems.stream().map(p -> p.field() + ": " + p.message()).toList();
  }

  @Test
  void readsRowsWithQuotesAndCrlf() {
    var parsed =
        TrainingCsv.read(
            "\uFEFF"
                + TrainingCsv.HEADER
                + "\r\nAnn@X.test,\"Doe, Ann\",Sales,Awareness 2026,2026-05-01,passed,90\r\n"
                + "bob@x.test,Bob,logistics,\"Say \"\"hi\"\"\",2026-04-01,ATTENDED,\r\n\r\n",
            TODAY);
    assertThat(parsed.problems()).isEmpty();
    var rows = parsed.rows();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .isEqualTo(
            new TrainingCsv.Row(
                2,
                "ann@x.test",
                "Doe, Ann",
                "Sales",
                "Awareness 2026",
                LocalDate.of(2026, 5, 1),
                TrainingResult.PASSED,
                90));
    assertThat(rows.get(1).course()).isEqualTo("Say \"hi\"");
    assertThat(rows.get(1).score()).isNull();
    assertThat(rows.get(1).line()).isEqualTo(3);
  }

  @Test
  void aWrongHeaderIsLineOne() {
    assertThat(problems("email,name,course\nx@y.z,X,C\n"))
        .containsExactly(
            "line 1: header: must be " + TrainingCsv.HEADER + " (got email,name,course)");
    assertThat(problems("")).hasSize(1).allMatch(p -> p.startsWith("line 1: header"));
  }

  @Test
  void everyProblemOfEveryLineIsReported() {
    List<String> problems =
        problems(
            HEADER
                + "a@x.test,A,sales,C,2026-13-01,PASSED,50\n"
                + "b@x.test,B,sales,C,2026-05-01,GREAT,101\n"
                + ",C,sales,,2027-01-01,FAILED,x\n"
                + "d@x.test,D,sales,C\n");
    assertThat(problems)
        .containsExactly(
            "line 2: completed_on: must be a date written YYYY-MM-DD",
            "line 3: result: must be PASSED, FAILED or ATTENDED",
            "line 3: score: must be between 0 and 100",
            "line 4: email: is required",
            "line 4: course: is required: a course's exact title",
            "line 4: score: must be a whole number between 0 and 100",
            "line 4: completed_on: must not be in the future",
            "line 5: row: has 4 fields; expected 7 (" + TrainingCsv.HEADER + ")");
  }

  @Test
  void aRowWithProblemsIsStillListedForTheRegisterChecks() {
    var parsed = TrainingCsv.read(HEADER + "a@x.test,A,sales,Nope,2026-05-01,PASSED,x\n", TODAY);
    assertThat(parsed.rows()).extracting(TrainingCsv.Row::course).containsExactly("Nope");
    assertThat(parsed.rows().get(0).score()).isNull();
    assertThat(parsed.problems()).hasSize(1);
    assertThat(TrainingCsv.lineOf("line 12: score")).isEqualTo(12);
    assertThat(TrainingCsv.lineOf("body")).isZero();
  }

  @Test
  void aQuotedNewlineKeepsLineNumbersOfLaterRows() {
    List<String> problems =
        problems(
            HEADER + "a@x.test,\"A\nB\",sales,C,2026-05-01,PASSED,\nb@x.test,B,sales,C,,PASSED,\n");
    assertThat(problems)
        .containsExactly("line 4: completed_on: is required, a date written YYYY-MM-DD");
  }

  @Test
  void noRowsOrTooManyRowsAreRefused() {
    assertThat(problems(HEADER)).containsExactly("body: the file has no records after the header");
    String row = "a@x.test,A,sales,C,2026-05-01,PASSED,\n";
    assertThat(problems(HEADER + row.repeat(TrainingCsv.MAX_ROWS + 1)))
        .containsExactly("body: the file has 10001 records; at most 10000 at once");
    assertThat(TrainingCsv.read(HEADER + row.repeat(TrainingCsv.MAX_ROWS), TODAY).rows())
        .hasSize(TrainingCsv.MAX_ROWS);
  }
}
