package eu.dualis.licensing.web;

import eu.dualis.platform.model.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Text typed in the licence form read as dates, amounts and lists, problems named by field. */
final class FormFields {

  private FormFields() {}

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

  static BigDecimal amount(String field, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(" ", ""));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "must be a number such as 1500 or 12.5"));
      return null;
    }
  }

  /** Codes or countries separated by spaces, commas or semicolons. */
  static List<String> list(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
  }

  static String text(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
