package eu.dualis.duediligence.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.service.ProductService;
import eu.dualis.duediligence.model.CatchAllNotification;
import eu.dualis.duediligence.model.CatchAllNotificationDetails;
import eu.dualis.duediligence.model.CatchAllNotificationDocument;
import eu.dualis.duediligence.model.CatchAllNotificationOutcome;
import eu.dualis.duediligence.model.CatchAllNotificationRepository;
import eu.dualis.duediligence.model.NotificationArticle;
import eu.dualis.duediligence.model.NotificationDirection;
import eu.dualis.duediligence.model.NotificationStatus;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.screening.service.PartyService;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The current tenant's catch-all notifications (Art. 4 and 5 of Regulation (EU) 2021/821). An open
 * one holds every export it concerns; its outcome is recorded once; every change audited.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class CatchAllNotificationService {

  static final String RECORD_TYPE = "CatchAllNotification";
  static final String DOCUMENT_RECORD_TYPE = "CatchAllNotificationDocument";

  /** Stands for the authority until the officer names it on the notification. */
  static final String AUTHORITY_TO_NAME = "Competent authority (to be named)";

  @Inject CatchAllNotificationRepository notifications;
  @Inject ProductService products;
  @Inject PartyService parties;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  /**
   * Notifications that concern an export of any of these products, to any of these parties or to
   * this destination: a notification concerns the export when every concern it names matches. All
   * statuses; newest first.
   */
  public List<NotificationBearing> bearingOn(
      Set<String> productIds, Set<String> partyIds, String destinationIso2) {
    Set<String> productSet = productIds == null ? Set.of() : productIds;
    Set<String> partySet = partyIds == null ? Set.of() : partyIds;
    String destination =
        destinationIso2 == null || destinationIso2.isBlank()
            ? null
            : destinationIso2.strip().toUpperCase(Locale.ROOT);
    return notifications.namingAny(productSet, partySet, destination).stream()
        .map(NotificationBearing::of)
        .filter(n -> n.concerns(productSet, partySet, destination))
        .toList();
  }

  /** Open notifications, oldest first, for the dashboard. */
  public List<NotificationBearing> open() {
    return notifications.open().stream().map(NotificationBearing::of).toList();
  }

  /**
   * Used when a due-diligence file is approved with NOTIFY_AUTHORITY: an OPEN Art. 5(2)
   * notification of the end user and destination, sent today. With one product it names that
   * product; with several it names none, so that it holds every export to that end user there (the
   * products are listed in its notes). The officer names the authority and reference later.
   */
  public CatchAllNotification notifyFromDueDiligence(
      String dueDiligenceFileId,
      Set<String> productIds,
      String endUserPartyId,
      String destinationIso2,
      String actor) {
    Set<String> productSet = productIds == null ? Set.of() : new TreeSet<>(productIds);
    String product = productSet.size() == 1 ? productSet.iterator().next() : null;
    String notes =
        "Notified after due-diligence file "
            + dueDiligenceFileId
            + (productSet.size() > 1 ? "; products: " + String.join(", ", productSet) : "");
    var details =
        new CatchAllNotificationDetails(
            NotificationDirection.TO_AUTHORITY,
            NotificationArticle.ART_5_2,
            AUTHORITY_TO_NAME,
            "DD-" + dueDiligenceFileId,
            today(),
            product,
            endUserPartyId,
            destinationIso2,
            dueDiligenceFileId,
            notes);
    return create(details, actor);
  }

  public CatchAllNotification create(CatchAllNotificationDetails details) {
    return create(details, user.name());
  }

  private CatchAllNotification create(CatchAllNotificationDetails details, String actor) {
    CatchAllNotificationDetails valid = details.validated(today());
    requireKnown(valid);
    CatchAllNotification n = CatchAllNotification.create(valid, actor, now());
    notifications.add(n);
    em.flush();
    audit.record(
        actor, AuditAction.CREATE, RECORD_TYPE, n.id(), null, CatchAllNotificationSnapshot.of(n));
    return n;
  }

  /** Corrects an open notification; the version read must still be current. */
  public CatchAllNotification revise(
      String id, long expectedVersion, CatchAllNotificationDetails details) {
    CatchAllNotificationDetails valid = details.validated(today());
    CatchAllNotification n = get(id);
    requireVersion(n, expectedVersion);
    requireKnown(valid);
    var before = CatchAllNotificationSnapshot.of(n);
    n.revise(valid, now());
    em.flush();
    audit.record(
        user.name(),
        AuditAction.UPDATE,
        RECORD_TYPE,
        id,
        before,
        CatchAllNotificationSnapshot.of(n));
    return n;
  }

  /** The authority's answer or the withdrawal, once (Art. 27: an outcome is evidence). */
  public CatchAllNotification recordOutcome(
      String id, Long expectedVersion, CatchAllNotificationOutcome outcome) {
    CatchAllNotification n = get(id);
    if (expectedVersion != null) {
      requireVersion(n, expectedVersion);
    }
    CatchAllNotificationOutcome valid = outcome.validated(n.date(), today());
    var before = CatchAllNotificationSnapshot.of(n);
    n.recordOutcome(valid, user.name(), now());
    em.flush();
    audit.record(
        user.name(),
        AuditAction.UPDATE,
        RECORD_TYPE,
        id,
        before,
        CatchAllNotificationSnapshot.of(n));
    return n;
  }

  /** Notifications are evidence kept under Art. 27. */
  public void remove(String id) {
    get(id);
    throw new ConflictException(
        null,
        "Catch-all notification "
            + id
            + " is evidence kept for at least five years (Art. 27 of Regulation (EU) 2021/821);"
            + " it cannot be deleted");
  }

  /**
   * Keeps a document of the notification, open or answered (the answer letter comes last).
   *
   * @param type as {@link CatchAllNotificationDocuments#acceptedType} gave it
   */
  public CatchAllNotificationDocument addDocument(
      String id, String filename, String type, byte[] content) {
    CatchAllNotification n = get(id);
    var document =
        CatchAllNotificationDocument.of(
            n.id(),
            CatchAllNotificationDocuments.checked(filename, type, content),
            user.name(),
            now());
    notifications.addDocument(document);
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        DOCUMENT_RECORD_TYPE,
        document.id(),
        null,
        new CatchAllNotificationSnapshot.Document(
            n.id(),
            document.filename(),
            document.contentType(),
            document.size(),
            document.sha256()));
    return document;
  }

  public List<CatchAllNotificationDocument> documents(String id) {
    return notifications.documents(get(id).id());
  }

  public CatchAllNotificationDocument document(String id, String documentId) {
    return notifications
        .document(get(id).id(), documentId)
        .orElseThrow(() -> new RecordNotFoundException(DOCUMENT_RECORD_TYPE, documentId));
  }

  public CatchAllNotification get(String id) {
    return notifications.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  public Page<CatchAllNotification> search(NotificationStatus status, PageRequest page) {
    return notifications.search(status, page);
  }

  // Ids are checked in the tenant: another tenant's product or party is unknown, like a missing
  // one.
  private void requireKnown(CatchAllNotificationDetails valid) {
    List<FieldProblem> problems = new ArrayList<>();
    if (valid.productId() != null) {
      try {
        products.get(ProductId.parse(valid.productId()).orElseThrow());
      } catch (RecordNotFoundException | java.util.NoSuchElementException e) {
        problems.add(new FieldProblem("productId", "no product with this id"));
      }
    }
    if (valid.partyId() != null) {
      try {
        parties.get(valid.partyId());
      } catch (RecordNotFoundException e) {
        problems.add(new FieldProblem("partyId", "no party with this id"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void requireVersion(CatchAllNotification n, long expectedVersion) {
    if (n.version() != expectedVersion) {
      throw new ConflictException(
          null,
          "Catch-all notification "
              + n.id()
              + " was changed by someone else (version "
              + n.version()
              + ", yours "
              + expectedVersion
              + "); reload it and apply your change again");
    }
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
