package eu.dualis.icp.api;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading request text into dates and numbers, naming the field of each one that cannot be read;
 * all are reported at once before anything is stored.
 */
final class IcpInput {

  private final List<FieldProblem> problems = new ArrayList<>();

  LocalDate date(String field, String text) {
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

  BigDecimal number(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "must be a number such as 0.5"));
      return null;
    }
  }

  /** Throws when anything could not be read, so that the model does not report it twice. */
  void check() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  static <T> T body(T request, String what) {
    if (request == null) {
      throw InvalidInputException.of(
          "body", "a JSON object describing the " + what + " is required");
    }
    return request;
  }

  static long version(Long version, String what) {
    if (version == null) {
      throw InvalidInputException.of(
          "version", "is required: the version of the " + what + " you read");
    }
    return version;
  }
}
