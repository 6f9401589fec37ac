package eu.dualis.screening.persistence;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.screening.model.Screening;
import eu.dualis.screening.model.ScreeningRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class JpaScreeningRepository implements ScreeningRepository {

  private static final String OF_PARTY = " WHERE (:party IS NULL OR s.partyId = :party)";

  @Inject EntityManager em;

  @Override
  public Optional<Screening> find(String id) {
    return em.createQuery("SELECT s FROM Screening s WHERE s.id = :id", Screening.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Screening> list(String partyId, PageRequest page) {
    var items =
        em.createQuery(
                "SELECT s FROM Screening s" + OF_PARTY + " ORDER BY s.screenedAt DESC, s.id",
                Screening.class)
            .setParameter("party", partyId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(s) FROM Screening s" + OF_PARTY, Long.class)
            .setParameter("party", partyId)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public long countSince(java.time.Instant from) {
    return em.createQuery(
            "SELECT COUNT(s) FROM Screening s WHERE s.screenedAt >= :from", Long.class)
        .setParameter("from", from)
        .getSingleResult();
  }

  @Override
  public void add(Screening screening) {
    em.persist(screening);
  }
}
