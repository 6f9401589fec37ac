package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ParsedIdentifier;
import eu.dualis.screening.model.ParsedName;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A listed entity as the index holds it.
 *
 * @param id the stored entity's id, which hits report
 * @param birthDates {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}
 * @param countries ISO 3166-1 alpha-2
 */
public record IndexedEntity(
    long id,
    EntityType type,
    List<ParsedName> names,
    List<String> birthDates,
    Set<String> countries,
    List<ParsedIdentifier> identifiers) {

  public IndexedEntity {
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
    countries = countries == null ? Set.of() : Set.copyOf(countries);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }
}
