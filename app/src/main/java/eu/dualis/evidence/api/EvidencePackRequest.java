package eu.dualis.evidence.api;

import eu.dualis.evidence.model.PackRequest;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A pack as a client asks for it; dates as YYYY-MM-DD; language en (default) or nl. */
public record EvidencePackRequest(
    String authority,
    String periodFrom,
    String periodTo,
    List<String> entryCodes,
    List<String> destinations,
    String language) {

  PackRequest request() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate from = date("periodFrom", periodFrom, problems);
    LocalDate to = date("periodTo", periodTo, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new PackRequest(authority, from, to, entryCodes, destinations, language);
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
}
