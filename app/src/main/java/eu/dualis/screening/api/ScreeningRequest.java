package eu.dualis.screening.api;

import eu.dualis.platform.api.QueryParams;
import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ScreeningQueryInput;
import java.util.List;

/** A name to screen; type is PERSON, ORGANISATION, VESSEL, AIRCRAFT or UNKNOWN (default). */
public record ScreeningRequest(
    String name, String type, String country, String dateOfBirth, List<String> identifiers) {

  ScreeningQueryInput input() {
    EntityType t =
        type == null || type.isBlank()
            ? EntityType.UNKNOWN
            : QueryParams.enumValue(EntityType.class, "type", type);
    return new ScreeningQueryInput(name, t, country, dateOfBirth, identifiers);
  }
}
