package eu.dualis.training.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One training as reported: who, which course, when, how it went. */
public record RecordDetails(
    String traineeId,
    String courseId,
    LocalDate completedOn,
    TrainingResult result,
    Integer score) {

  /** Checks everything but whether trainee and course exist; every problem listed. */
  public void check(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (traineeId == null || traineeId.isBlank()) {
      problems.add(new FieldProblem("traineeId", "is required"));
    }
    if (courseId == null || courseId.isBlank()) {
      problems.add(new FieldProblem("courseId", "is required"));
    }
    problems.addAll(checkOutcome(completedOn, result, score, today, "completedOn"));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The checks shared with the CSV import, which names the date column differently. */
  public static List<FieldProblem> checkOutcome(
      LocalDate completedOn,
      TrainingResult result,
      Integer score,
      LocalDate today,
      String dateField) {
    List<FieldProblem> problems = new ArrayList<>();
    if (completedOn == null) {
      problems.add(new FieldProblem(dateField, "is required, a date written YYYY-MM-DD"));
    } else if (completedOn.isAfter(today)) {
      problems.add(new FieldProblem(dateField, "must not be in the future"));
    }
    if (result == null) {
      problems.add(new FieldProblem("result", "is required: PASSED, FAILED or ATTENDED"));
    }
    if (score != null && (score < 0 || score > 100)) {
      problems.add(new FieldProblem("score", "must be between 0 and 100"));
    }
    return problems;
  }
}
