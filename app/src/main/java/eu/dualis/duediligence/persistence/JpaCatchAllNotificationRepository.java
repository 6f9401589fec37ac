package eu.dualis.duediligence.persistence;

import eu.dualis.duediligence.model.CatchAllNotification;
import eu.dualis.duediligence.model.CatchAllNotificationDocument;
import eu.dualis.duediligence.model.CatchAllNotificationRepository;
import eu.dualis.duediligence.model.NotificationStatus;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaCatchAllNotificationRepository implements CatchAllNotificationRepository {

  private static final String BY_STATUS = " WHERE (:status IS NULL OR n.status = :status)";

  @Inject EntityManager em;

  @Override
  public Optional<CatchAllNotification> find(String id) {
    return em.createQuery(
            "SELECT n FROM CatchAllNotification n WHERE n.id = :id", CatchAllNotification.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<CatchAllNotification> search(NotificationStatus status, PageRequest page) {
    var items =
        em.createQuery(
                "SELECT n FROM CatchAllNotification n"
                    + BY_STATUS
                    + " ORDER BY n.date DESC, n.createdAt DESC, n.id",
                CatchAllNotification.class)
            .setParameter("status", status)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(n) FROM CatchAllNotification n" + BY_STATUS, Long.class)
            .setParameter("status", status)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Override
  public List<CatchAllNotification> open() {
    return em.createQuery(
            "SELECT n FROM CatchAllNotification n WHERE n.status = :open"
                + " ORDER BY n.date, n.createdAt, n.id",
            CatchAllNotification.class)
        .setParameter("open", NotificationStatus.OPEN)
        .getResultList();
  }

  @Override
  public List<CatchAllNotification> namingAny(
      Set<String> productIds, Set<String> partyIds, String destination) {
    // Only the conditions that have values: an empty IN () is not valid JPQL.
    List<String> terms = new ArrayList<>();
    if (!productIds.isEmpty()) {
      terms.add("n.productId IN :products");
    }
    if (!partyIds.isEmpty()) {
      terms.add("n.partyId IN :parties");
    }
    if (destination != null) {
      terms.add("n.destination = :destination");
    }
    if (terms.isEmpty()) {
      return List.of();
    }
    var query =
        em.createQuery(
            "SELECT n FROM CatchAllNotification n WHERE "
                + String.join(" OR ", terms)
                + " ORDER BY n.date DESC, n.createdAt DESC, n.id",
            CatchAllNotification.class);
    if (!productIds.isEmpty()) {
      query.setParameter("products", List.copyOf(productIds));
    }
    if (!partyIds.isEmpty()) {
      query.setParameter("parties", List.copyOf(partyIds));
    }
    if (destination != null) {
      query.setParameter("destination", destination);
    }
    return query.getResultList();
  }

  @Override
  public void add(CatchAllNotification notification) {
    em.persist(notification);
  }

  @Override
  public void addDocument(CatchAllNotificationDocument document) {
    em.persist(document);
  }

  @Override
  public List<CatchAllNotificationDocument> documents(String notificationId) {
    return em.createQuery(
            "SELECT d FROM CatchAllNotificationDocument d WHERE d.notificationId = :n"
                + " ORDER BY d.uploadedAt, d.id",
            CatchAllNotificationDocument.class)
        .setParameter("n", notificationId)
        .getResultList();
  }

  @Override
  public Optional<CatchAllNotificationDocument> document(String notificationId, String documentId) {
    return em.createQuery(
            "SELECT d FROM CatchAllNotificationDocument d WHERE d.notificationId = :n"
                + " AND d.id = :id",
            CatchAllNotificationDocument.class)
        .setParameter("n", notificationId)
        .setParameter("id", documentId)
        .getResultStream()
        .findFirst();
  }
}
