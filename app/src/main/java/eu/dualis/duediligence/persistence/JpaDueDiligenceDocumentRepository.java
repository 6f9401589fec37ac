package eu.dualis.duediligence.persistence;

import eu.dualis.duediligence.model.DueDiligenceDocument;
import eu.dualis.duediligence.model.DueDiligenceDocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class JpaDueDiligenceDocumentRepository implements DueDiligenceDocumentRepository {

  @Inject EntityManager em;

  @Override
  public Optional<DueDiligenceDocument> find(String id) {
    return em.createQuery(
            "SELECT d FROM DueDiligenceDocument d WHERE d.id = :id", DueDiligenceDocument.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(DueDiligenceDocument document) {
    em.persist(document);
  }
}
