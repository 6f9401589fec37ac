package eu.dualis.screening.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One person, organisation, vessel or aircraft of a sanctions list as an importer read it, before
 * it is stored.
 *
 * @param reference the list's own stable id for the entry (UN "QDi.001", OFAC ent_num, EU
 *     logicalId...), unique within one list version
 * @param names at least one; the first {@link NameKind#PRIMARY} name is the entry's title
 * @param birthDates as precise as the list is: {@code 1965}, {@code 1965-04} or {@code 1965-04-29}
 * @param countries ISO 3166-1 alpha-2, upper case: nationality, citizenship, address, flag
 * @param programmes the sanctions programmes or regimes, as the list names them
 * @param remarks free text the list adds, or null
 */
public record ParsedEntity(
    String reference,
    EntityType type,
    List<ParsedName> names,
    List<String> birthDates,
    Set<String> countries,
    List<ParsedIdentifier> identifiers,
    List<String> programmes,
    String remarks) {

  public ParsedEntity {
    Objects.requireNonNull(type, "type");
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("an entity needs its list reference");
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("entity " + reference + " has no name");
    }
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    countries = Set.copyOf(countries);
    identifiers = List.copyOf(identifiers);
    programmes = List.copyOf(programmes);
  }

  /** The name a person reading a hit sees first. */
  public String primaryName() {
    return names.stream()
        .filter(n -> n.kind() == NameKind.PRIMARY)
        .findFirst()
        .orElse(names.get(0))
        .fullName();
  }
}
