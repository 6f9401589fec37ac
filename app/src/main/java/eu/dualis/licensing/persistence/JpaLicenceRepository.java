package eu.dualis.licensing.persistence;

import eu.dualis.licensing.model.Licence;
import eu.dualis.licensing.model.LicenceFilter;
import eu.dualis.licensing.model.LicenceRepository;
import eu.dualis.licensing.model.LicenceStatus;
import eu.dualis.licensing.model.LicenceUsage;
import eu.dualis.licensing.model.UsedAmounts;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.persistence.LikePatterns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaLicenceRepository implements LicenceRepository {

  @Inject EntityManager em;

  @Override
  public Optional<Licence> find(String id) {
    return em.createQuery("SELECT l FROM Licence l WHERE l.id = :id", Licence.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Licence> findByNumber(String number) {
    return em.createQuery("SELECT l FROM Licence l WHERE l.number = :n", Licence.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Licence> search(LicenceFilter filter, SortOrder sort, PageRequest page) {
    Where where = where(filter);
    // sort.field() comes from LicenceRepository.SORTABLE, never from user text.
    String order =
        " ORDER BY l." + sort.field() + (sort.ascending() ? " ASC" : " DESC") + ", l.id ASC";
    TypedQuery<Licence> items =
        em.createQuery("SELECT l FROM Licence l" + where.text + order, Licence.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(l) FROM Licence l" + where.text, Long.class);
    where.parameters.forEach(
        (name, value) -> {
          items.setParameter(name, value);
          count.setParameter(name, value);
        });
    var rows = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(rows, page.page(), page.size(), count.getSingleResult());
  }

  /** A WHERE clause built only from fixed fragments; every value is a parameter. */
  private record Where(String text, Map<String, Object> parameters) {}

  private static Where where(LicenceFilter filter) {
    List<String> parts = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    String pattern = LikePatterns.containing(filter.query());
    if (pattern != null) {
      parts.add("(LOWER(l.number) LIKE :q ESCAPE '\\' OR LOWER(l.holder) LIKE :q ESCAPE '\\')");
      parameters.put("q", pattern);
    }
    if (filter.kind() != null) {
      parts.add("l.kind = :kind");
      parameters.put("kind", filter.kind());
    }
    LicenceStatus status = filter.status();
    if (status == LicenceStatus.ACTIVE) {
      parts.add("l.status = :active AND (l.validTo IS NULL OR l.validTo >= :today)");
    } else if (status == LicenceStatus.EXPIRED) {
      parts.add("l.status = :active AND l.validTo < :today");
    } else if (status != null) {
      parts.add("l.status = :status");
      parameters.put("status", status);
    }
    if (filter.expiringWithinDays() != null) {
      parts.add("l.status = :active AND l.validTo >= :today AND l.validTo <= :until");
      parameters.put("until", filter.today().plusDays(filter.expiringWithinDays()));
    }
    if (status == LicenceStatus.ACTIVE
        || status == LicenceStatus.EXPIRED
        || filter.expiringWithinDays() != null) {
      parameters.put("active", LicenceStatus.ACTIVE);
      parameters.put("today", filter.today());
    }
    return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), parameters);
  }

  @Override
  public List<Licence> notEndedBy(LocalDate day) {
    return em.createQuery(
            "SELECT l FROM Licence l WHERE l.status = :active"
                + " AND (l.validTo IS NULL OR l.validTo >= :day) ORDER BY l.number",
            Licence.class)
        .setParameter("active", LicenceStatus.ACTIVE)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public void add(Licence licence) {
    em.persist(licence);
  }

  @Override
  public List<LicenceUsage> usages(String licenceId) {
    return em.createQuery(
            "SELECT u FROM LicenceUsage u WHERE u.licenceId = :id"
                + " ORDER BY u.shippedOn DESC, u.recordedAt DESC",
            LicenceUsage.class)
        .setParameter("id", licenceId)
        .getResultList();
  }

  @Override
  public void addUsage(LicenceUsage usage) {
    em.persist(usage);
  }

  @Override
  public Map<String, UsedAmounts> used(Collection<String> licenceIds) {
    if (licenceIds.isEmpty()) {
      return Map.of();
    }
    Map<String, UsedAmounts> used = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT u.licenceId, SUM(u.quantity), SUM(u.value) FROM LicenceUsage u"
                    + " WHERE u.licenceId IN :ids GROUP BY u.licenceId",
                Object[].class)
            .setParameter("ids", List.copyOf(licenceIds))
            .getResultList()) {
      used.put((String) row[0], new UsedAmounts((BigDecimal) row[1], (BigDecimal) row[2]));
    }
    return used;
  }
}
