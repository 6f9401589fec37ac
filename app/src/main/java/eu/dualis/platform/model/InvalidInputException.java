package eu.dualis.platform.model;

import java.util.List;

/** Input that breaks a rule; nothing was changed. Lists every problem, not just the first. */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid input"));
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
