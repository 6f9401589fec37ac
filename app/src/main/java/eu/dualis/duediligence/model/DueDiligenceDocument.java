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
 * An uploaded end-use statement: evidence, never changed. Revisions of a file refer to the same
 * document, so the content is kept once.
 */
@Entity
@Table(name = "due_diligence_document")
public class DueDiligenceDocument extends TenantScopedEntity {

  private static final UploadedDocument.Wording WORDING =
      new UploadedDocument.Wording(
          "document",
          "is empty",
          "may have at most 10 MB",
          "is not a %s file: its content differs");

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "file_id", nullable = false, updatable = false)
  private String fileId;

  @Column(name = "name", nullable = false, updatable = false)
  private String name;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  // Eagerly read: a lazy basic needs a fetch group, which EclipseLink's tenant discriminator
  // breaks (EclipseLink-7329); a document is read only to be downloaded anyway.
  @Lob
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected DueDiligenceDocument() {
    // for JPA
  }

  /** Checked as {@link UploadedDocument#of} does, in the words of the due-diligence API. */
  public static DueDiligenceDocument upload(
      String fileId, String name, String contentType, byte[] content, String actor, Instant now) {
    UploadedDocument checked = UploadedDocument.of(safeName(name), contentType, content, WORDING);
    DueDiligenceDocument d = new DueDiligenceDocument();
    d.id = UUID.randomUUID().toString();
    d.fileId = fileId;
    d.name = checked.name();
    d.contentType = checked.contentType();
    d.size = checked.size();
    d.sha256 = checked.sha256();
    d.content = checked.content();
    d.uploadedBy = actor;
    d.uploadedAt = now;
    return d;
  }

  /** A client may send a path, and control characters would garble the page and PDF showing it. */
  private static String safeName(String name) {
    return name == null ? "" : name.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
  }

  public String id() {
    return id;
  }

  public String fileId() {
    return fileId;
  }

  public String name() {
    return name;
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
