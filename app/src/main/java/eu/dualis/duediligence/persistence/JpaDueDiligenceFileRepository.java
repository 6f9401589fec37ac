package eu.dualis.duediligence.persistence;

import eu.dualis.duediligence.model.DueDiligenceFile;
import eu.dualis.duediligence.model.DueDiligenceFileRepository;
import eu.dualis.duediligence.model.DueDiligenceStatus;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDueDiligenceFileRepository implements DueDiligenceFileRepository {

  private static final String MATCHES =
      " WHERE (:status IS NULL OR f.status = :status)"
          + " AND (:endUser IS NULL OR f.content.endUserPartyId = :endUser)";

  @Inject EntityManager em;

  @Override
  public Optional<DueDiligenceFile> find(String id) {
    return em.createQuery(
            "SELECT f FROM DueDiligenceFile f WHERE f.id = :id", DueDiligenceFile.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<DueDiligenceFile> search(
      DueDiligenceStatus status, String endUserPartyId, PageRequest page) {
    var items =
        em.createQuery(
                "SELECT f FROM DueDiligenceFile f" + MATCHES + " ORDER BY f.createdAt DESC, f.id",
                DueDiligenceFile.class)
            .setParameter("status", status)
            .setParameter("endUser", endUserPartyId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(f) FROM DueDiligenceFile f" + MATCHES, Long.class)
            .setParameter("status", status)
            .setParameter("endUser", endUserPartyId)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public List<DueDiligenceFile> open(int limit) {
    return em.createQuery(
            "SELECT f FROM DueDiligenceFile f WHERE f.status <> :approved AND NOT EXISTS"
                + " (SELECT r FROM DueDiligenceFile r WHERE r.supersedes = f.id)"
                + " ORDER BY f.createdAt ASC, f.id",
            DueDiligenceFile.class)
        .setParameter("approved", DueDiligenceStatus.APPROVED)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<DueDiligenceFile> approvedFor(String endUserPartyId) {
    return em.createQuery(
            "SELECT f FROM DueDiligenceFile f WHERE f.status = :approved"
                + " AND f.content.endUserPartyId = :endUser"
                + " ORDER BY f.verdict.approvedAt DESC, f.id",
            DueDiligenceFile.class)
        .setParameter("approved", DueDiligenceStatus.APPROVED)
        .setParameter("endUser", endUserPartyId)
        .getResultList();
  }

  @Override
  public Optional<DueDiligenceFile> supersededBy(String id) {
    return em.createQuery(
            "SELECT f FROM DueDiligenceFile f WHERE f.supersedes = :id", DueDiligenceFile.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(DueDiligenceFile file) {
    em.persist(file);
  }
}
