package eu.dualis.icp.web;

import eu.dualis.icp.model.RecordKind;
import eu.dualis.platform.model.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The ICP page's typed text read into values; a problem per field that cannot be read. */
final class IcpFormFields {

  private IcpFormFields() {}

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

  static BigDecimal number(String field, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(field, "must be a number such as 0.5"));
      return null;
    }
  }

  /** The retention inputs, one per kind; blank ones are left out of the policy. */
  static Map<RecordKind, Integer> retention(Map<String, String> form, List<FieldProblem> problems) {
    Map<RecordKind, Integer> years = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      String field = "retention." + kind.name();
      String text = form.get(field);
      if (text != null && !text.isBlank()) {
        try {
          years.put(kind, Integer.valueOf(text.strip()));
        } catch (NumberFormatException e) {
          problems.add(new FieldProblem(field, "must be a whole number of years"));
        }
      }
    }
    return years;
  }
}
