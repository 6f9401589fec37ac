package eu.dualis.icp.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one input, so the user sees them all at once; nothing is stored. */
final class Inputs {

  private final List<FieldProblem> problems = new ArrayList<>();

  String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "is required"));
      return null;
    }
    if (value.strip().length() > max) {
      problems.add(new FieldProblem(field, "may have at most " + max + " characters"));
    }
    return value.strip();
  }

  String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return text(field, value, max);
  }

  <T> T required(String field, T value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "is required"));
    }
    return value;
  }

  void notBefore(String field, LocalDate value, String otherField, LocalDate other) {
    if (value != null && other != null && value.isBefore(other)) {
      problems.add(new FieldProblem(field, "must not be before " + otherField));
    }
  }

  void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }

  void check() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
