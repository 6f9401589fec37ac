package eu.dualis.classification.service;

import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.EntryCode;
import java.util.List;

/** A classification as the audit trail keeps it. */
public record ClassificationSnapshot(
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
    String approvedBy) {

  static ClassificationSnapshot of(Classification c) {
    return new ClassificationSnapshot(
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
        c.approvedBy());
  }
}
