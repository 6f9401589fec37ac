package eu.dualis.screening.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user enters about a party, checked as a whole; the screening fields are checked as a
 * {@link ScreeningQueryInput} so a party can always be screened.
 *
 * @param reference the tenant's own number for the party (customer number), optional
 */
public record PartyDetails(
    PartyRole role,
    EntityType type,
    String name,
    String address,
    String country,
    String dateOfBirth,
    List<String> identifiers,
    String reference) {

  public static final int ADDRESS_MAX = 1000;

  public PartyDetails {
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  public PartyDetails validated() {
    List<FieldProblem> problems = new ArrayList<>();
    ScreeningQueryInput screened = null;
    try {
      screened = new ScreeningQueryInput(name, type, country, dateOfBirth, identifiers).validated();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    if (role == null) {
      problems.add(
          new FieldProblem("role", "is required: CUSTOMER, CONSIGNEE, END_USER or INTERMEDIARY"));
    }
    String a = ScreeningQueryInput.trim(address);
    if (a != null && a.length() > ADDRESS_MAX) {
      problems.add(new FieldProblem("address", "must be at most " + ADDRESS_MAX + " characters"));
    }
    String r = ScreeningQueryInput.trim(reference);
    if (r != null && r.length() > 100) {
      problems.add(new FieldProblem("reference", "must be at most 100 characters"));
    }
    if (String.join("; ", identifiers).length() > 1000) {
      problems.add(new FieldProblem("identifiers", "must be at most 1000 characters together"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new PartyDetails(
        role,
        screened.type(),
        screened.name(),
        a,
        screened.country(),
        screened.dateOfBirth(),
        screened.identifiers(),
        r);
  }

  public ScreeningQueryInput asQuery() {
    return new ScreeningQueryInput(name, type, country, dateOfBirth, identifiers);
  }

  /** What screening looks at; a false-positive decision holds while it is unchanged. */
  public String screeningKey() {
    return Fingerprints.ofParty(name, type, country, dateOfBirth, identifiers);
  }
}
