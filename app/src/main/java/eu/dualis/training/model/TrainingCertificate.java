package eu.dualis.training.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The certificate of a training record: evidence, at most one per record, never replaced. */
@Entity
@Table(name = "training_certificate")
public class TrainingCertificate extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "record_id", nullable = false, updatable = false)
  private String recordId;

  @Column(name = "filename", nullable = false, updatable = false)
  private String filename;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  // Not a lazy basic: EclipseLink's fetch groups clash with the tenant discriminator.
  @Lob
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected TrainingCertificate() {
    // for JPA
  }

  public static TrainingCertificate of(
      String recordId, CertificateUpload upload, String actor, Instant now) {
    TrainingCertificate c = new TrainingCertificate();
    c.id = UUID.randomUUID().toString();
    c.recordId = recordId;
    c.filename = upload.name();
    c.contentType = upload.contentType();
    c.content = upload.content();
    c.size = c.content.length;
    c.sha256 = upload.sha256();
    c.uploadedBy = actor;
    c.uploadedAt = now;
    return c;
  }

  public String id() {
    return id;
  }

  public String recordId() {
    return recordId;
  }

  public String filename() {
    return filename;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
