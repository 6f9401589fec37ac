package eu.dualis.evidence.api;

import eu.dualis.evidence.model.Submission;
import eu.dualis.evidence.model.SubmissionStatusChange;
import java.time.Instant;
import java.util.List;

/** A submission with its dated status history, oldest first. */
public record SubmissionResponse(
    String id,
    String packId,
    String authority,
    String sentOn,
    String authorityReference,
    String status,
    String licenceId,
    String createdBy,
    Instant createdAt,
    long version,
    List<StatusEntry> history) {

  /** One status as recorded. */
  public record StatusEntry(
      String status, String statusOn, String note, String recordedBy, Instant recordedAt) {}

  static SubmissionResponse of(Submission s, List<SubmissionStatusChange> history) {
    return new SubmissionResponse(
        s.id(),
        s.packId(),
        s.authority(),
        s.sentOn().toString(),
        s.authorityReference(),
        s.status().name(),
        s.licenceId(),
        s.createdBy(),
        s.createdAt(),
        s.version(),
        history.stream()
            .map(
                h ->
                    new StatusEntry(
                        h.status().name(),
                        h.statusOn().toString(),
                        h.note(),
                        h.recordedBy(),
                        h.recordedAt()))
            .toList());
  }
}
