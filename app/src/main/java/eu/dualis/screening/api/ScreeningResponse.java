package eu.dualis.screening.api;

import eu.dualis.screening.model.Screening;
import eu.dualis.screening.service.HitDetail;
import eu.dualis.screening.service.ListVersionUsed;
import eu.dualis.screening.service.ScreeningOutcome;
import java.time.Instant;
import java.util.List;

/**
 * A screening as stored: its status, the ranked hits with their explanations (those answered by an
 * earlier false-positive decision marked {@code suppressedBy}), and the list versions used with
 * their age and freshness.
 */
public record ScreeningResponse(
    String id,
    String status,
    String purpose,
    Instant screenedAt,
    String screenedBy,
    String partyId,
    String name,
    String type,
    String country,
    String dateOfBirth,
    List<String> identifiers,
    double threshold,
    int hitCount,
    int suppressedCount,
    boolean anyListStale,
    List<ListVersionUsed> listVersions,
    List<HitDetail> hits) {

  static ScreeningResponse of(ScreeningOutcome outcome) {
    Screening s = outcome.screening();
    var q = s.query();
    return new ScreeningResponse(
        s.id(),
        s.status().name(),
        s.purpose().name(),
        s.screenedAt(),
        s.screenedBy(),
        s.partyId(),
        q.name(),
        q.type().name(),
        q.country(),
        q.dateOfBirth(),
        q.identifiers(),
        s.threshold(),
        s.hitCount(),
        s.suppressedCount(),
        outcome.listVersions().stream().anyMatch(ListVersionUsed::stale),
        outcome.listVersions(),
        outcome.hits());
  }
}
