package eu.dualis.duediligence.model;

import eu.dualis.platform.model.ConflictException;
import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A catch-all notification (Art. 4 and 5 of Regulation (EU) 2021/821): the authority informing the
 * company that an item needs a licence, or the company notifying the authority. It holds every
 * export it concerns while OPEN. Its outcome is evidence: recorded once, never changed.
 */
@Entity
@Table(name = "catch_all_notification")
public class CatchAllNotification extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false)
  private NotificationDirection direction;

  @Enumerated(EnumType.STRING)
  @Column(name = "article", nullable = false)
  private NotificationArticle article;

  @Column(name = "authority", nullable = false)
  private String authority;

  @Column(name = "reference", nullable = false)
  private String reference;

  @Column(name = "notified_on", nullable = false)
  private LocalDate date;

  @Column(name = "product_id")
  private String productId;

  @Column(name = "party_id")
  private String partyId;

  @Column(name = "destination")
  private String destination;

  @Column(name = "due_diligence_file_id")
  private String dueDiligenceFileId;

  @Column(name = "notes")
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private NotificationStatus status;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "answer_reference")
  private String answerReference;

  @Column(name = "outcome_recorded_by")
  private String outcomeRecordedBy;

  @Column(name = "outcome_recorded_at")
  private Instant outcomeRecordedAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CatchAllNotification() {
    // for JPA
  }

  /** From validated details ({@link CatchAllNotificationDetails#validated}). */
  public static CatchAllNotification create(
      CatchAllNotificationDetails valid, String actor, Instant now) {
    CatchAllNotification n = new CatchAllNotification();
    n.id = UUID.randomUUID().toString();
    n.status = NotificationStatus.OPEN;
    n.createdBy = actor;
    n.createdAt = now;
    n.apply(valid, now);
    return n;
  }

  /** Corrects what was entered; only while no outcome is recorded (the outcome answered it). */
  public void revise(CatchAllNotificationDetails valid, Instant now) {
    requireOpen("changed");
    apply(valid, now);
  }

  /** The answer, once: a recorded outcome is evidence (Art. 27) and is never replaced. */
  public void recordOutcome(CatchAllNotificationOutcome valid, String actor, Instant now) {
    requireOpen("answered again");
    status = valid.outcome();
    answeredOn = valid.answeredOn();
    answerReference = valid.answerReference();
    outcomeRecordedBy = actor;
    outcomeRecordedAt = now;
    updatedAt = now;
  }

  private void requireOpen(String what) {
    if (status != NotificationStatus.OPEN) {
      throw new ConflictException(
          "status",
          "Catch-all notification "
              + id
              + " has its outcome ("
              + status
              + ", recorded "
              + outcomeRecordedAt
              + "); as evidence kept under Art. 27 of Regulation (EU) 2021/821 it cannot be "
              + what);
    }
  }

  private void apply(CatchAllNotificationDetails d, Instant now) {
    direction = d.direction();
    article = d.article();
    authority = d.authority();
    reference = d.reference();
    date = d.date();
    productId = d.productId();
    partyId = d.partyId();
    destination = d.destination();
    dueDiligenceFileId = d.dueDiligenceFileId();
    notes = d.notes();
    updatedAt = now;
  }

  public CatchAllNotificationDetails details() {
    return new CatchAllNotificationDetails(
        direction,
        article,
        authority,
        reference,
        date,
        productId,
        partyId,
        destination,
        dueDiligenceFileId,
        notes);
  }

  public String id() {
    return id;
  }

  public NotificationDirection direction() {
    return direction;
  }

  public NotificationArticle article() {
    return article;
  }

  public String reference() {
    return reference;
  }

  public String authority() {
    return authority;
  }

  public LocalDate date() {
    return date;
  }

  public String productId() {
    return productId;
  }

  public String partyId() {
    return partyId;
  }

  public String destination() {
    return destination;
  }

  public String dueDiligenceFileId() {
    return dueDiligenceFileId;
  }

  public String notes() {
    return notes;
  }

  public NotificationStatus status() {
    return status;
  }

  public LocalDate answeredOn() {
    return answeredOn;
  }

  public String answerReference() {
    return answerReference;
  }

  public String outcomeRecordedBy() {
    return outcomeRecordedBy;
  }

  public Instant outcomeRecordedAt() {
    return outcomeRecordedAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
