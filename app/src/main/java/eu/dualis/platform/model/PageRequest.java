package eu.dualis.platform.model;

import java.util.ArrayList;
import java.util.List;

/** A page of a list: zero-based page number and a size between 1 and {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0) {
      problems.add(new FieldProblem("page", "must be 0 or more"));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  public int offset() {
    return page * size;
  }
}
