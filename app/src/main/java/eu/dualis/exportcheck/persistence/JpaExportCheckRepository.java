package eu.dualis.exportcheck.persistence;

import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.model.ExportCheck;
import eu.dualis.exportcheck.model.ExportCheckRepository;
import eu.dualis.exportcheck.model.ExportShipment;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.persistence.LikePatterns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaExportCheckRepository implements ExportCheckRepository {

  private static final String MATCHES =
      " WHERE (:q IS NULL OR LOWER(c.reference) LIKE :q ESCAPE '\\')"
          + " AND (:determination IS NULL OR c.determination = :determination)"
          + " AND (:latest = FALSE OR NOT EXISTS"
          + " (SELECT r.id FROM ExportCheck r WHERE r.rerunOf = c.id))";

  @Inject EntityManager em;

  @Override
  public Optional<ExportCheck> find(String id) {
    return em.createQuery("SELECT c FROM ExportCheck c WHERE c.id = :id", ExportCheck.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<ExportCheck> search(
      String query, Determination determination, boolean latestOnly, PageRequest page) {
    String pattern = LikePatterns.containing(query);
    var items =
        em.createQuery(
                "SELECT c FROM ExportCheck c" + MATCHES + " ORDER BY c.checkedAt DESC, c.id",
                ExportCheck.class)
            .setParameter("q", pattern)
            .setParameter("determination", determination)
            .setParameter("latest", latestOnly)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(c) FROM ExportCheck c" + MATCHES, Long.class)
            .setParameter("q", pattern)
            .setParameter("determination", determination)
            .setParameter("latest", latestOnly)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public List<ExportCheck> lineage(String lineageId) {
    return em.createQuery(
            "SELECT c FROM ExportCheck c WHERE c.lineageId = :l ORDER BY c.checkedAt, c.id",
            ExportCheck.class)
        .setParameter("l", lineageId)
        .getResultList();
  }

  @Override
  public boolean isRerun(String id) {
    return !em.createQuery("SELECT r.id FROM ExportCheck r WHERE r.rerunOf = :id", String.class)
        .setParameter("id", id)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(ExportCheck check) {
    em.persist(check);
  }

  @Override
  public Optional<ExportShipment> shipmentOf(String checkId) {
    return em.createQuery(
            "SELECT s FROM ExportShipment s WHERE s.exportCheckId = :c", ExportShipment.class)
        .setParameter("c", checkId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ExportShipment shipment) {
    em.persist(shipment);
  }

  @Override
  public long countSince(java.time.Instant from) {
    return em.createQuery(
            "SELECT COUNT(c) FROM ExportCheck c WHERE c.checkedAt >= :from", Long.class)
        .setParameter("from", from)
        .getSingleResult();
  }
}
