package eu.dualis.screening.api;

import eu.dualis.screening.model.Hit;
import eu.dualis.screening.model.MatchDecision;
import java.time.Instant;

/** A worklist hit, with its decision once decided; {@code explanation} is the stored JSON. */
public record HitResponse(
    String id,
    String status,
    String screeningId,
    String partyId,
    String listSource,
    String listReference,
    String listVersionId,
    String listedName,
    String matchedName,
    double score,
    Instant raisedAt,
    String raisedBy,
    DecisionResponse decision) {

  /** An officer's decision. */
  public record DecisionResponse(
      String id, String outcome, String justification, String decidedBy, Instant decidedAt) {

    static DecisionResponse of(MatchDecision d) {
      return new DecisionResponse(
          d.id(), d.outcome().name(), d.justification(), d.decidedBy(), d.decidedAt());
    }
  }

  static HitResponse of(Hit h, MatchDecision decision) {
    return new HitResponse(
        h.id(),
        h.status().name(),
        h.screeningId(),
        h.partyId(),
        h.listSource().name(),
        h.listReference(),
        h.listVersionId(),
        h.listedName(),
        h.matchedName(),
        h.score(),
        h.raisedAt(),
        h.raisedBy(),
        decision == null ? null : DecisionResponse.of(decision));
  }
}
