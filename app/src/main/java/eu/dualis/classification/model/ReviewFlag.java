package eu.dualis.classification.model;

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

/**
 * A current classification that a new control list version may have made wrong: one of its codes,
 * or a parent of one, was removed or reworded. Waits for an officer, who either classifies anew or
 * records that the classification stands, with a note.
 */
@Entity
@Table(name = "review_flag")
public class ReviewFlag extends TenantScopedEntity {

  /** How the entry changed. */
  public enum ChangeKind {
    REMOVED,
    CHANGED
  }

  /** Open until an officer resolves it. */
  public enum Status {
    OPEN,
    RESOLVED
  }

  /** How it was resolved. */
  public enum Resolution {
    RECLASSIFIED,
    UNCHANGED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "classification_id", nullable = false, updatable = false)
  private String classificationId;

  @Column(name = "product_id", nullable = false, updatable = false)
  private String productId;

  @Column(name = "from_version_id", nullable = false, updatable = false)
  private String fromVersionId;

  @Column(name = "to_version_id", nullable = false, updatable = false)
  private String toVersionId;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind", nullable = false, updatable = false)
  private ChangeKind changeKind;

  @Column(name = "old_text", updatable = false)
  private String oldText;

  @Column(name = "new_text", updatable = false)
  private String newText;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution")
  private Resolution resolution;

  @Column(name = "resolution_note")
  private String resolutionNote;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ReviewFlag() {
    // for JPA
  }

  public ReviewFlag(
      Classification classification,
      String fromVersionId,
      String toVersionId,
      EntryCode code,
      ChangeKind changeKind,
      String oldText,
      String newText,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.classificationId = classification.id();
    this.productId = classification.productId().value();
    this.fromVersionId = fromVersionId;
    this.toVersionId = toVersionId;
    this.code = code.value();
    this.changeKind = changeKind;
    this.oldText = oldText;
    this.newText = newText;
    this.status = Status.OPEN;
    this.raisedAt = now;
  }

  /** Records the officer's decision; a flag is resolved once. */
  public void resolve(Resolution how, String note, String officer, Instant now) {
    if (status == Status.RESOLVED) {
      throw new IllegalStateException("Review flag " + id + " is resolved already");
    }
    this.status = Status.RESOLVED;
    this.resolution = how;
    this.resolutionNote = note;
    this.resolvedBy = officer;
    this.resolvedAt = now;
  }

  public String id() {
    return id;
  }

  public String classificationId() {
    return classificationId;
  }

  public ProductId productId() {
    return new ProductId(productId);
  }

  public String fromVersionId() {
    return fromVersionId;
  }

  public String toVersionId() {
    return toVersionId;
  }

  public EntryCode code() {
    return new EntryCode(code);
  }

  public ChangeKind changeKind() {
    return changeKind;
  }

  public String oldText() {
    return oldText;
  }

  public String newText() {
    return newText;
  }

  public Status status() {
    return status;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public Resolution resolution() {
    return resolution;
  }

  public String resolutionNote() {
    return resolutionNote;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }
}
