package eu.dualis.evidence.model;

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
 * A licence application as sent to an authority with an evidence pack. Its current status is kept
 * here for lists; every status is also a {@link SubmissionStatusChange}, never overwritten.
 */
@Entity
@Table(name = "submission")
public class Submission extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "pack_id", nullable = false, updatable = false)
  private String packId;

  @Column(name = "authority", nullable = false, updatable = false)
  private String authority;

  @Column(name = "sent_on", nullable = false, updatable = false)
  private LocalDate sentOn;

  @Column(name = "authority_reference")
  private String authorityReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private SubmissionStatus status;

  @Column(name = "licence_id")
  private String licenceId;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Submission() {
    // for JPA
  }

  public static Submission send(
      String packId,
      String authority,
      LocalDate sentOn,
      String authorityReference,
      String by,
      Instant now) {
    Submission s = new Submission();
    s.id = UUID.randomUUID().toString();
    s.packId = packId;
    s.authority = authority;
    s.sentOn = sentOn;
    s.authorityReference = authorityReference;
    s.status = SubmissionStatus.SUBMITTED;
    s.createdBy = by;
    s.createdAt = now;
    s.updatedAt = now;
    return s;
  }

  /** The first entry of the history: SUBMITTED on the day it was sent. */
  public SubmissionStatusChange firstStatus() {
    return new SubmissionStatusChange(
        id, SubmissionStatus.SUBMITTED, sentOn, null, createdBy, createdAt);
  }

  /**
   * A new status; the earlier ones stay as they were. The caller checks the licence exists.
   *
   * @throws IllegalStateException once GRANTED or REFUSED (final)
   */
  public SubmissionStatusChange changeStatus(
      SubmissionStatus next,
      LocalDate on,
      String note,
      String reference,
      String grantedLicenceId,
      String by,
      Instant now) {
    if (status.isFinal()) {
      throw new IllegalStateException("final");
    }
    status = next;
    if (reference != null) {
      authorityReference = reference;
    }
    if (grantedLicenceId != null) {
      licenceId = grantedLicenceId;
    }
    updatedAt = now;
    return new SubmissionStatusChange(id, next, on, note, by, now);
  }

  public String id() {
    return id;
  }

  public String packId() {
    return packId;
  }

  public String authority() {
    return authority;
  }

  public LocalDate sentOn() {
    return sentOn;
  }

  public String authorityReference() {
    return authorityReference;
  }

  public SubmissionStatus status() {
    return status;
  }

  public String licenceId() {
    return licenceId;
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
