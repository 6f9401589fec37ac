package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.EntityType;
import java.util.List;
import java.util.Objects;

/**
 * What is screened: a party's name and what else is known of it.
 *
 * @param type {@link EntityType#UNKNOWN} when the caller cannot tell
 * @param country ISO 3166-1 alpha-2 (any case), or null
 * @param dateOfBirth {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}, or null
 * @param identifiers passport, registration or IMO numbers as the party gave them; may be empty
 */
public record ScreeningQuery(
    String name, EntityType type, String country, String dateOfBirth, List<String> identifiers) {

  public ScreeningQuery {
    Objects.requireNonNull(name, "name");
    type = type == null ? EntityType.UNKNOWN : type;
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  /** A name alone. */
  public static ScreeningQuery of(String name) {
    return new ScreeningQuery(name, EntityType.UNKNOWN, null, null, List.of());
  }
}
