package eu.dualis.duediligence.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The current tenant's catch-all notifications and their documents. */
public interface CatchAllNotificationRepository {

  Optional<CatchAllNotification> find(String id);

  /** Newest first (by the day received or sent); all statuses when {@code status} is null. */
  Page<CatchAllNotification> search(NotificationStatus status, PageRequest page);

  /** Open ones, oldest first. */
  List<CatchAllNotification> open();

  /**
   * Every notification naming any of these products, parties or the destination: a superset of
   * those that bear on an export, which the caller narrows.
   */
  List<CatchAllNotification> namingAny(
      Set<String> productIds, Set<String> partyIds, String destination);

  void add(CatchAllNotification notification);

  void addDocument(CatchAllNotificationDocument document);

  /** The documents of a notification, in upload order. */
  List<CatchAllNotificationDocument> documents(String notificationId);

  Optional<CatchAllNotificationDocument> document(String notificationId, String documentId);
}
