package eu.dualis.icp.api;

import eu.dualis.icp.model.CommitmentStatement;
import java.time.Instant;
import java.time.LocalDate;

public record CommitmentResponse(
    String id,
    int revision,
    String text,
    String signedByName,
    String signedByFunction,
    LocalDate signedOn,
    String publishedWhere,
    String recordedBy,
    Instant recordedAt) {

  static CommitmentResponse of(CommitmentStatement s) {
    return new CommitmentResponse(
        s.id(),
        s.revision(),
        s.text(),
        s.signedByName(),
        s.signedByFunction(),
        s.signedOn(),
        s.publishedWhere(),
        s.recordedBy(),
        s.recordedAt());
  }
}
