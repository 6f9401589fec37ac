package eu.dualis.classification.api;

import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.EntryCode;
import java.time.Instant;
import java.util.List;

/** A classification as the API returns it. */
public record ClassificationResponse(
    String id,
    String productId,
    String controlListVersionId,
    String outcome,
    List<String> entryCodes,
    String notListedReason,
    String cyberSurveillance,
    String rationale,
    List<String> documentReferences,
    String status,
    String author,
    Instant createdAt,
    String approvedBy,
    Instant approvedAt) {

  static ClassificationResponse of(Classification c) {
    return new ClassificationResponse(
        c.id(),
        c.productId().value(),
        c.controlListVersionId(),
        c.outcome().name(),
        c.entryCodes().stream().map(EntryCode::value).toList(),
        c.notListedReason(),
        c.cyberSurveillance().name(),
        c.rationale(),
        c.documentReferences(),
        c.status().name(),
        c.author(),
        c.createdAt(),
        c.approvedBy(),
        c.approvedAt());
  }
}
