package eu.dualis.screening.persistence;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.screening.model.Hit;
import eu.dualis.screening.model.HitRepository;
import eu.dualis.screening.model.HitStatus;
import eu.dualis.screening.model.ListSource;
import eu.dualis.screening.model.MatchDecision;
import eu.dualis.screening.model.MatchOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaHitRepository implements HitRepository {

  private static final String FILTER =
      " WHERE (:status IS NULL OR h.status = :status) AND (:party IS NULL OR h.partyId = :party)";

  @Inject EntityManager em;

  @Override
  public Optional<Hit> find(String id) {
    return em.createQuery("SELECT h FROM Hit h WHERE h.id = :id", Hit.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Hit> list(HitStatus status, String partyId, PageRequest page) {
    var items =
        em.createQuery("SELECT h FROM Hit h" + FILTER + " ORDER BY h.raisedAt, h.id", Hit.class)
            .setParameter("status", status)
            .setParameter("party", partyId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(h) FROM Hit h" + FILTER, Long.class)
            .setParameter("status", status)
            .setParameter("party", partyId)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public List<Hit> ofScreening(String screeningId) {
    return em.createQuery(
            "SELECT h FROM Hit h WHERE h.screeningId = :s ORDER BY h.score DESC, h.id", Hit.class)
        .setParameter("s", screeningId)
        .getResultList();
  }

  @Override
  public boolean openFor(String partyId, ListSource source, String reference) {
    return em.createQuery(
                "SELECT COUNT(h) FROM Hit h WHERE h.partyId = :party AND h.listSource = :source"
                    + " AND h.listReference = :ref AND h.status = :open",
                Long.class)
            // No flush first: a screening raises at most one hit per entry, so nothing unflushed
            // can answer this; flushing before each lookup made a rescreen page quadratic.
            .setFlushMode(FlushModeType.COMMIT)
            .setParameter("party", partyId)
            .setParameter("source", source)
            .setParameter("ref", reference)
            .setParameter("open", HitStatus.OPEN)
            .getSingleResult()
        > 0;
  }

  @Override
  public long countOpen(String partyId) {
    return em.createQuery(
            "SELECT COUNT(h) FROM Hit h WHERE h.partyId = :party AND h.status = :open", Long.class)
        .setParameter("party", partyId)
        .setParameter("open", HitStatus.OPEN)
        .getSingleResult();
  }

  @Override
  public void add(Hit hit) {
    em.persist(hit);
  }

  @Override
  public void add(MatchDecision decision) {
    em.persist(decision);
  }

  @Override
  public Optional<MatchDecision> decision(String id) {
    return em.createQuery("SELECT d FROM MatchDecision d WHERE d.id = :id", MatchDecision.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MatchDecision> decisionsFor(String partyId, ListSource source, String reference) {
    return em.createQuery(
            "SELECT d FROM MatchDecision d WHERE d.partyId = :party AND d.listSource = :source"
                + " AND d.listReference = :ref ORDER BY d.decidedAt DESC",
            MatchDecision.class)
        // Decisions are never made in a screening's transaction: nothing unflushed to see.
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter("party", partyId)
        .setParameter("source", source)
        .setParameter("ref", reference)
        .getResultList();
  }

  @Override
  public boolean confirmedMatch(String partyId) {
    return em.createQuery(
                "SELECT COUNT(d) FROM MatchDecision d WHERE d.partyId = :party"
                    + " AND d.outcome = :match",
                Long.class)
            .setParameter("party", partyId)
            .setParameter("match", MatchOutcome.TRUE_MATCH)
            .getSingleResult()
        > 0;
  }
}
