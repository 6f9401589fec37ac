package eu.dualis.classification.api;

import eu.dualis.classification.model.ReviewFlag;
import java.time.Instant;

/** A review flag with the old and new text of the entry that changed. */
public record ReviewFlagResponse(
    String id,
    String classificationId,
    String productId,
    String fromVersionId,
    String toVersionId,
    String code,
    String change,
    String oldText,
    String newText,
    String status,
    Instant raisedAt,
    String resolution,
    String resolutionNote,
    String resolvedBy,
    Instant resolvedAt) {

  static ReviewFlagResponse of(ReviewFlag f) {
    return new ReviewFlagResponse(
        f.id(),
        f.classificationId(),
        f.productId().value(),
        f.fromVersionId(),
        f.toVersionId(),
        f.code().value(),
        f.changeKind().name(),
        f.oldText(),
        f.newText(),
        f.status().name(),
        f.raisedAt(),
        f.resolution() == null ? null : f.resolution().name(),
        f.resolutionNote(),
        f.resolvedBy(),
        f.resolvedAt());
  }
}
