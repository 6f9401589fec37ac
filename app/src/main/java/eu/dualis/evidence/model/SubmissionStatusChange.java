package eu.dualis.evidence.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One dated status of a submission: a row added, never changed (the table's triggers refuse). */
@Entity
@Table(name = "submission_status")
public class SubmissionStatusChange extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  private String submissionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, updatable = false)
  private SubmissionStatus status;

  @Column(name = "status_on", nullable = false, updatable = false)
  private LocalDate statusOn;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected SubmissionStatusChange() {
    // for JPA
  }

  SubmissionStatusChange(
      String submissionId,
      SubmissionStatus status,
      LocalDate statusOn,
      String note,
      String by,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.submissionId = submissionId;
    this.status = status;
    this.statusOn = statusOn;
    this.note = note;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  public String id() {
    return id;
  }

  public String submissionId() {
    return submissionId;
  }

  public SubmissionStatus status() {
    return status;
  }

  public LocalDate statusOn() {
    return statusOn;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
