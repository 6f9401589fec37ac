package eu.dualis.screening.persistence;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.persistence.LikePatterns;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.model.PartyRepository;
import eu.dualis.screening.model.PartyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPartyRepository implements PartyRepository {

  private static final String MATCHES =
      " WHERE (:q IS NULL OR LOWER(p.name) LIKE :q ESCAPE '\\' OR LOWER(p.reference) LIKE :q"
          + " ESCAPE '\\') AND (:status IS NULL OR p.status = :status)";

  @Inject EntityManager em;

  @Override
  public Optional<Party> find(String id) {
    return em.createQuery("SELECT p FROM Party p WHERE p.id = :id", Party.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Party> findAll(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT p FROM Party p WHERE p.id IN :ids ORDER BY p.id", Party.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public Page<Party> search(String query, PartyStatus status, SortOrder sort, PageRequest page) {
    String pattern = LikePatterns.containing(query);
    // sort.field() comes from PartyRepository.SORTABLE, never from user text.
    String order =
        " ORDER BY p." + sort.field() + (sort.ascending() ? " ASC" : " DESC") + ", p.id ASC";
    var items =
        em.createQuery("SELECT p FROM Party p" + MATCHES + order, Party.class)
            .setParameter("q", pattern)
            .setParameter("status", status)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(p) FROM Party p" + MATCHES, Long.class)
            .setParameter("q", pattern)
            .setParameter("status", status)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public List<String> idsAfter(String afterId, int limit) {
    return em.createQuery(
            "SELECT p.id FROM Party p WHERE p.id > :after ORDER BY p.id", String.class)
        .setParameter("after", afterId == null ? "" : afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(p) FROM Party p", Long.class).getSingleResult();
  }

  @Override
  public void add(Party party) {
    em.persist(party);
  }
}
