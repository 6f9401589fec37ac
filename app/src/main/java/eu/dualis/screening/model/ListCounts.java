package eu.dualis.screening.model;

/** What one list version holds, as its import counted it; {@code skipped} malformed records. */
public record ListCounts(
    int persons, int organisations, int vessels, int aircraft, int aliases, int skipped) {

  public static final ListCounts NONE = new ListCounts(0, 0, 0, 0, 0, 0);

  public int entities() {
    return persons + organisations + vessels + aircraft;
  }

  /** These counts with one more entity of its kind and its aliases. */
  public ListCounts plus(ParsedEntity entity) {
    int aliasesOf = Math.max(0, entity.names().size() - 1);
    return switch (entity.type()) {
      case PERSON ->
          new ListCounts(
              persons + 1, organisations, vessels, aircraft, aliases + aliasesOf, skipped);
      case VESSEL ->
          new ListCounts(
              persons, organisations, vessels + 1, aircraft, aliases + aliasesOf, skipped);
      case AIRCRAFT ->
          new ListCounts(
              persons, organisations, vessels, aircraft + 1, aliases + aliasesOf, skipped);
      case ORGANISATION, UNKNOWN ->
          new ListCounts(
              persons, organisations + 1, vessels, aircraft, aliases + aliasesOf, skipped);
    };
  }

  public ListCounts plusSkipped() {
    return new ListCounts(persons, organisations, vessels, aircraft, aliases, skipped + 1);
  }
}
