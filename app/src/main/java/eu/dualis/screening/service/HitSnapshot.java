package eu.dualis.screening.service;

import eu.dualis.screening.model.Hit;

/** What the audit trail keeps of a worklist hit; its own shape, not the API's. */
public record HitSnapshot(
    String screeningId,
    String partyId,
    String listSource,
    String listReference,
    String listVersionId,
    String matchedName,
    double score,
    String status,
    String decisionId) {

  static HitSnapshot of(Hit h) {
    return new HitSnapshot(
        h.screeningId(),
        h.partyId(),
        h.listSource().name(),
        h.listReference(),
        h.listVersionId(),
        h.matchedName(),
        h.score(),
        h.status().name(),
        h.decisionId());
  }
}
