package eu.dualis.licensing.api;

import eu.dualis.platform.model.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** ISO dates from request text, with the field named when one cannot be read. */
final class Dates {

  private Dates() {}

  static LocalDate parse(String field, String text, List<FieldProblem> problems) {
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
}
