package eu.dualis.screening.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What is screened: a name and what is known beside it, checked as a whole. The date of birth may
 * be partial ({@code 1965}, {@code 1965-04}) as lists often are.
 */
public record ScreeningQueryInput(
    String name, EntityType type, String country, String dateOfBirth, List<String> identifiers) {

  public static final int NAME_MAX = 500;
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public ScreeningQueryInput {
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  /** Trimmed and checked; {@link InvalidInputException} names each field that is wrong. */
  public ScreeningQueryInput validated() {
    List<FieldProblem> problems = new ArrayList<>();
    String n = trim(name);
    if (n == null) {
      problems.add(new FieldProblem("name", "is required"));
    } else if (n.length() > NAME_MAX) {
      problems.add(new FieldProblem("name", "must be at most " + NAME_MAX + " characters"));
    } else if (n.codePoints().noneMatch(Character::isLetterOrDigit)) {
      problems.add(new FieldProblem("name", "must contain at least one letter or digit"));
    }
    String c = trim(country);
    if (c != null) {
      c = c.toUpperCase(Locale.ROOT);
      if (!COUNTRY.matcher(c).matches()) {
        problems.add(
            new FieldProblem("country", "must be an ISO 3166-1 alpha-2 code such as DE or IR"));
      }
    }
    String dob = trim(dateOfBirth);
    if (dob != null && !validPartialDate(dob)) {
      problems.add(
          new FieldProblem(
              "dateOfBirth", "must be a date as YYYY-MM-DD, or a partial one as YYYY-MM or YYYY"));
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < identifiers.size(); i++) {
      String id = trim(identifiers.get(i));
      if (id != null && id.length() > 100) {
        problems.add(new FieldProblem("identifiers[" + i + "]", "must be at most 100 characters"));
      } else if (id != null) {
        ids.add(id);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ScreeningQueryInput(n, type == null ? EntityType.UNKNOWN : type, c, dob, ids);
  }

  private static boolean validPartialDate(String s) {
    if (!PARTIAL_DATE.matcher(s).matches()) {
      return false;
    }
    try {
      switch (s.length()) {
        case 10 -> LocalDate.parse(s);
        case 7 -> YearMonth.parse(s);
        default -> {
          // a year alone
        }
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  static String trim(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s;
  }
}
