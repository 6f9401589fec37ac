package eu.dualis.audit.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One change to a tenant-owned record: who, when, what, and the record's state before and after
 * (JSON). Immutable; the table refuses UPDATE and DELETE as well.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "record_type", nullable = false, updatable = false)
  private String recordType;

  @Column(name = "record_id", nullable = false, updatable = false)
  private String recordId;

  @Column(name = "before_state", updatable = false)
  private String beforeState;

  @Column(name = "after_state", updatable = false)
  private String afterState;

  protected AuditEvent() {
    // for JPA
  }

  public AuditEvent(
      Instant occurredAt,
      String actor,
      AuditAction action,
      String recordType,
      String recordId,
      String beforeState,
      String afterState) {
    this.id = UUID.randomUUID().toString();
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.recordType = recordType;
    this.recordId = recordId;
    this.beforeState = beforeState;
    this.afterState = afterState;
  }

  public String id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public String recordType() {
    return recordType;
  }

  public String recordId() {
    return recordId;
  }

  public String beforeState() {
    return beforeState;
  }

  public String afterState() {
    return afterState;
  }
}
