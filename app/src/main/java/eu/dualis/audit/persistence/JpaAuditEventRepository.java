package eu.dualis.audit.persistence;

import eu.dualis.audit.model.AuditEvent;
import eu.dualis.audit.model.AuditEventRepository;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  @Inject EntityManager em;

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public Page<AuditEvent> list(String recordType, String recordId, PageRequest page) {
    String where =
        " WHERE (:type IS NULL OR e.recordType = :type) AND (:id IS NULL OR e.recordId = :id)";
    TypedQuery<AuditEvent> items =
        em.createQuery(
                "SELECT e FROM AuditEvent e" + where + " ORDER BY e.occurredAt DESC, e.id",
                AuditEvent.class)
            .setParameter("type", recordType)
            .setParameter("id", recordId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    long total =
        em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where, Long.class)
            .setParameter("type", recordType)
            .setParameter("id", recordId)
            .getSingleResult();
    return new Page<>(items.getResultList(), page.page(), page.size(), total);
  }
}
