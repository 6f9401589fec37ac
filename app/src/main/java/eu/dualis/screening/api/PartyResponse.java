package eu.dualis.screening.api;

import eu.dualis.screening.model.Party;
import java.time.Instant;
import java.util.List;

/** A party with its screening status; {@code lastScreening} when it was just screened. */
public record PartyResponse(
    String id,
    String role,
    String type,
    String name,
    String address,
    String country,
    String dateOfBirth,
    List<String> identifiers,
    String reference,
    String status,
    Instant lastScreenedAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    ScreeningResponse lastScreening) {

  static PartyResponse of(Party p, ScreeningResponse screening) {
    var d = p.details();
    return new PartyResponse(
        p.id(),
        d.role().name(),
        d.type().name(),
        d.name(),
        d.address(),
        d.country(),
        d.dateOfBirth(),
        d.identifiers(),
        d.reference(),
        p.status().name(),
        p.lastScreenedAt(),
        p.createdAt(),
        p.updatedAt(),
        p.version(),
        screening);
  }

  static PartyResponse of(Party p) {
    return of(p, null);
  }
}
