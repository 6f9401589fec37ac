package eu.dualis.duediligence.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.util.List;
import java.util.Optional;

/** The current tenant's due-diligence files. */
public interface DueDiligenceFileRepository {

  Optional<DueDiligenceFile> find(String id);

  /** Newest first; each filter is optional (null). */
  Page<DueDiligenceFile> search(DueDiligenceStatus status, String endUserPartyId, PageRequest page);

  /** Not approved and not superseded by a revision, oldest first. */
  List<DueDiligenceFile> open(int limit);

  /** Approved files of this end user, newest approval first. */
  List<DueDiligenceFile> approvedFor(String endUserPartyId);

  /** The revision that supersedes this file, if one was opened. */
  Optional<DueDiligenceFile> supersededBy(String id);

  void add(DueDiligenceFile file);
}
