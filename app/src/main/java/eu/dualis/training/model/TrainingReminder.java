package eu.dualis.training.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A reminder about a training record, raised once per record and kind, open until acknowledged. */
@Entity
@Table(name = "training_reminder")
public class TrainingReminder extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "record_id", nullable = false, updatable = false)
  private String recordId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private ReminderKind kind;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TrainingReminder() {
    // for JPA
  }

  public TrainingReminder(String recordId, ReminderKind kind, Instant raisedAt) {
    this.id = UUID.randomUUID().toString();
    this.recordId = recordId;
    this.kind = kind;
    this.raisedAt = raisedAt;
  }

  /**
   * @return false when it was acknowledged already (the first acknowledgement stands)
   */
  public boolean acknowledge(String by, Instant at) {
    if (acknowledgedAt != null) {
      return false;
    }
    acknowledgedBy = by;
    acknowledgedAt = at;
    return true;
  }

  public String id() {
    return id;
  }

  public String recordId() {
    return recordId;
  }

  public ReminderKind kind() {
    return kind;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }
}
