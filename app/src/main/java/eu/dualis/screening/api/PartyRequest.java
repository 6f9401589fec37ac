package eu.dualis.screening.api;

import eu.dualis.platform.api.QueryParams;
import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.PartyDetails;
import eu.dualis.screening.model.PartyRole;
import java.util.List;

/** A party as a client sends it; {@code version} is required to change one. */
public record PartyRequest(
    String role,
    String type,
    String name,
    String address,
    String country,
    String dateOfBirth,
    List<String> identifiers,
    String reference,
    Long version) {

  PartyDetails details() {
    PartyRole r = role == null ? null : QueryParams.enumValue(PartyRole.class, "role", role);
    EntityType t =
        type == null || type.isBlank()
            ? EntityType.UNKNOWN
            : QueryParams.enumValue(EntityType.class, "type", type);
    return new PartyDetails(r, t, name, address, country, dateOfBirth, identifiers, reference);
  }
}
