package eu.dualis.evidence.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a compliance officer asks a pack for: the authority the application goes to, the period its
 * records cover, the scope (entry codes, destinations; empty = everything) and the language.
 */
public record PackRequest(
    String authority,
    LocalDate periodFrom,
    LocalDate periodTo,
    List<String> entryCodes,
    List<String> destinations,
    String language) {

  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z.]{1,20}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  public PackRequest {
    entryCodes = entryCodes == null ? List.of() : List.copyOf(entryCodes);
    destinations = destinations == null ? List.of() : List.copyOf(destinations);
  }

  /** Normalised (trimmed, upper case codes) or a 400 naming every bad field. */
  public PackRequest validated() {
    List<FieldProblem> problems = new ArrayList<>();
    String a = authority == null ? "" : authority.strip();
    if (a.isEmpty() || a.length() > 200) {
      problems.add(
          new FieldProblem("authority", "is required (CDIU, BAFA or a name), 200 at most"));
    }
    if (periodFrom == null) {
      problems.add(new FieldProblem("periodFrom", "is required (yyyy-mm-dd)"));
    }
    if (periodTo == null) {
      problems.add(new FieldProblem("periodTo", "is required (yyyy-mm-dd)"));
    }
    if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
      problems.add(new FieldProblem("periodTo", "must not be before periodFrom"));
    }
    List<String> codes = new ArrayList<>();
    for (String c : entryCodes) {
      if (c == null || !CODE.matcher(c.strip()).matches()) {
        problems.add(new FieldProblem("entryCodes", "'" + c + "' is not an entry code"));
      } else {
        codes.add(c.strip().toUpperCase(Locale.ROOT));
      }
    }
    List<String> countries = new ArrayList<>();
    for (String d : destinations) {
      if (d == null || !COUNTRY.matcher(d.strip()).matches()) {
        problems.add(new FieldProblem("destinations", "'" + d + "' is not an ISO 3166 code"));
      } else {
        countries.add(d.strip().toUpperCase(Locale.ROOT));
      }
    }
    String lang = language == null || language.isBlank() ? "en" : language.strip();
    if (!lang.equals("en") && !lang.equals("nl")) {
      problems.add(new FieldProblem("language", "must be en or nl"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new PackRequest(a, periodFrom, periodTo, codes, countries, lang);
  }
}
