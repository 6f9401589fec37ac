package eu.dualis.duediligence.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A letter, e-mail print or form of a catch-all notification: evidence, stored with its SHA-256 so
 * that a copy shown later can be proven the same; never changed or removed.
 */
@Entity
@Table(name = "catch_all_notification_document")
public class CatchAllNotificationDocument extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "notification_id", nullable = false, updatable = false)
  private String notificationId;

  @Column(name = "filename", nullable = false, updatable = false)
  private String filename;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  // Not a lazy basic: EclipseLink's fetch groups clash with the tenant discriminator (EL-7329).
  @Lob
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected CatchAllNotificationDocument() {
    // for JPA
  }

  public static CatchAllNotificationDocument of(
      String notificationId, UploadedDocument upload, String actor, Instant now) {
    CatchAllNotificationDocument d = new CatchAllNotificationDocument();
    d.id = UUID.randomUUID().toString();
    d.notificationId = notificationId;
    d.filename = upload.name();
    d.contentType = upload.contentType();
    d.content = upload.content();
    d.size = upload.size();
    d.sha256 = upload.sha256();
    d.uploadedBy = actor;
    d.uploadedAt = now;
    return d;
  }

  public String id() {
    return id;
  }

  public String notificationId() {
    return notificationId;
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
