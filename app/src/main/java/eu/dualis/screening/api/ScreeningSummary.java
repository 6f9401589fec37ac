package eu.dualis.screening.api;

import eu.dualis.screening.model.Screening;
import java.time.Instant;

/** One screening in a list, without its hits. */
public record ScreeningSummary(
    String id,
    String status,
    String purpose,
    Instant screenedAt,
    String screenedBy,
    String partyId,
    String name,
    int hitCount,
    int suppressedCount) {

  static ScreeningSummary of(Screening s) {
    return new ScreeningSummary(
        s.id(),
        s.status().name(),
        s.purpose().name(),
        s.screenedAt(),
        s.screenedBy(),
        s.partyId(),
        s.query().name(),
        s.hitCount(),
        s.suppressedCount());
  }
}
