package eu.dualis.classification.model;

import java.util.List;
import java.util.Optional;

/** The current tenant's review flags. */
public interface ReviewFlagRepository {

  boolean exists(String classificationId, String toVersionId, EntryCode code);

  void add(ReviewFlag flag);

  Optional<ReviewFlag> find(String id);

  /** Open flags first, newest first. */
  List<ReviewFlag> list(ReviewFlag.Status status);
}
