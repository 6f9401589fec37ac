package eu.dualis.evidence.model;

import java.util.List;
import java.util.Optional;

/** The current tenant's submissions and their status histories. */
public interface SubmissionRepository {

  Optional<Submission> find(String id);

  /** Newest first; of one pack when {@code packId} is given. */
  List<Submission> list(String packId);

  List<SubmissionStatusChange> history(String submissionId);

  void add(Submission submission);

  void addStatus(SubmissionStatusChange change);
}
