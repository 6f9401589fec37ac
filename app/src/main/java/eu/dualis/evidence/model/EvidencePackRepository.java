package eu.dualis.evidence.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.util.Optional;

/** The current tenant's evidence packs. */
public interface EvidencePackRepository {

  Optional<EvidencePack> find(String id);

  /** Newest first. */
  Page<EvidencePack> list(PageRequest page);

  void add(EvidencePack pack);
}
