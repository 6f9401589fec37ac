package eu.dualis.duediligence.model;

import java.util.Optional;

/** The current tenant's uploaded end-use statements. */
public interface DueDiligenceDocumentRepository {

  Optional<DueDiligenceDocument> find(String id);

  void add(DueDiligenceDocument document);
}
