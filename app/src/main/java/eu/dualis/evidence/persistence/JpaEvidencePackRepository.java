package eu.dualis.evidence.persistence;

import eu.dualis.evidence.model.EvidencePack;
import eu.dualis.evidence.model.EvidencePackRepository;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class JpaEvidencePackRepository implements EvidencePackRepository {

  @Inject EntityManager em;

  @Override
  public Optional<EvidencePack> find(String id) {
    return em.createQuery("SELECT p FROM EvidencePack p WHERE p.id = :id", EvidencePack.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<EvidencePack> list(PageRequest page) {
    var rows =
        em.createQuery(
                "SELECT p FROM EvidencePack p ORDER BY p.requestedAt DESC, p.id",
                EvidencePack.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(p) FROM EvidencePack p", Long.class).getSingleResult();
    return new Page<>(rows, page.page(), page.size(), total);
  }

  @Override
  public void add(EvidencePack pack) {
    em.persist(pack);
  }
}
