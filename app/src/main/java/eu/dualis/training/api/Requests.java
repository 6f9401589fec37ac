package eu.dualis.training.api;

import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.training.model.CourseDetails;
import eu.dualis.training.model.CourseKind;
import eu.dualis.training.model.RecordDetails;
import eu.dualis.training.model.TraineeDetails;
import eu.dualis.training.model.TrainingResult;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The request bodies of the training API. */
public final class Requests {

  private Requests() {}

  /** A course; {@code validityMonths} empty when it does not expire; version to change one. */
  public record CourseRequest(
      String title,
      String kind,
      Integer validityMonths,
      String owner,
      String description,
      Long version) {

    CourseDetails details() {
      List<FieldProblem> problems = new ArrayList<>();
      CourseKind k = null;
      try {
        k = QueryParams.enumValue(CourseKind.class, "kind", kind);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
      CourseDetails details = new CourseDetails(title, k, validityMonths, owner, description);
      return checked(details::validated, problems);
    }
  }

  /** A trainee; {@code active} (default true) and {@code version} when changing one. */
  public record TraineeRequest(
      String name, String email, String role, Boolean active, Long version) {

    TraineeDetails details() {
      return new TraineeDetails(name, email, role);
    }
  }

  public record RequirementRequest(String role, String courseId) {}

  /** One training; {@code completedOn} YYYY-MM-DD; {@code result} PASSED, FAILED or ATTENDED. */
  public record RecordRequest(
      String traineeId, String courseId, String completedOn, String result, Integer score) {

    RecordDetails details() {
      List<FieldProblem> problems = new ArrayList<>();
      TrainingResult r = null;
      try {
        r = QueryParams.enumValue(TrainingResult.class, "result", result);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
      LocalDate on = date("completedOn", completedOn, problems);
      RecordDetails details = new RecordDetails(traineeId, courseId, on, r, score);
      return checked(
          () -> {
            details.check(LocalDate.now(java.time.ZoneOffset.UTC));
            return details;
          },
          problems);
    }
  }

  static <T> T body(T request, String what) {
    if (request == null) {
      throw InvalidInputException.of(
          "body", "a JSON object describing the " + what + " is required");
    }
    return request;
  }

  static LocalDate date(String field, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date written YYYY-MM-DD"));
      return null;
    }
  }

  static LocalDate date(String field, String text) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date = date(field, text, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return date;
  }

  /** Unreadable fields reported together with what else the validation finds. */
  private static <T> T checked(
      java.util.function.Supplier<T> validation, List<FieldProblem> problems) {
    try {
      T valid = validation.get();
      if (problems.isEmpty()) {
        return valid;
      }
    } catch (InvalidInputException e) {
      e.problems().stream()
          .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
          .forEach(problems::add);
    }
    throw new InvalidInputException(problems);
  }
}
