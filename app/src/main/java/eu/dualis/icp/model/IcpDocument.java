package eu.dualis.icp.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A procedure or policy document of a core element, in one version. A newer version supersedes it
 * from its own effective date; the file itself never changes (its SHA-256 vouches for it).
 */
@Entity
@Table(name = "icp_document")
public class IcpDocument extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "element", nullable = false, updatable = false)
  private IcpElement element;

  @Column(name = "title", nullable = false, updatable = false)
  private String title;

  @Column(name = "version_label", nullable = false, updatable = false)
  private String versionLabel;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private LocalDate effectiveFrom;

  @Column(name = "review_due", nullable = false, updatable = false)
  private LocalDate reviewDue;

  @Column(name = "filename", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  // Eagerly read: a lazy basic needs a fetch group, which EclipseLink's tenant discriminator
  // breaks (EclipseLink-7329); ICP documents are few per tenant.
  @Lob
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "supersedes", updatable = false)
  private String supersedes;

  @Column(name = "superseded_by")
  private String supersededBy;

  @Column(name = "superseded_on")
  private LocalDate supersededOn;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected IcpDocument() {
    // for JPA
  }

  /** What describes a document apart from its file. */
  public record Details(
      IcpElement element,
      String title,
      String versionLabel,
      LocalDate effectiveFrom,
      LocalDate reviewDue,
      String fileName) {}

  /**
   * @param previous the version this one supersedes, or null
   */
  public static IcpDocument upload(
      Details d,
      String contentType,
      byte[] content,
      IcpDocument previous,
      String actor,
      Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    Inputs in = new Inputs();
    IcpDocument doc = new IcpDocument();
    doc.id = UUID.randomUUID().toString();
    doc.element = in.required("element", d.element());
    if (d.element() != null && !d.element().takesDocuments()) {
      in.problem("element", "3 (training) is proven by the training records, not by a document");
    }
    doc.title = in.text("title", d.title(), 300);
    doc.versionLabel = in.text("versionLabel", d.versionLabel(), 50);
    doc.effectiveFrom = in.required("effectiveFrom", d.effectiveFrom());
    doc.reviewDue = in.required("reviewDue", d.reviewDue());
    in.notBefore("reviewDue", d.reviewDue(), "effectiveFrom", d.effectiveFrom());
    doc.fileName = in.text("fileName", IcpFile.safeName(d.fileName()), 255);
    if (previous != null) {
      if (previous.supersededBy != null) {
        in.problem("supersedes", "is already superseded by " + previous.supersededBy);
      }
      if (previous.element != d.element()) {
        in.problem("supersedes", "is a document of another element");
      }
      in.notBefore(
          "effectiveFrom", d.effectiveFrom(), "the superseded version's", previous.effectiveFrom);
    }
    try {
      in.check();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    IcpFile.check(contentType, content, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    doc.contentType = IcpFile.mediaType(contentType);
    doc.content = content.clone();
    doc.size = content.length;
    doc.sha256 = IcpFile.sha256(doc.content);
    doc.uploadedBy = actor;
    doc.uploadedAt = now;
    if (previous != null) {
      doc.supersedes = previous.id;
      previous.supersededBy = doc.id;
      previous.supersededOn = doc.effectiveFrom;
    }
    return doc;
  }

  /** In force on a date: effective, and not yet replaced by a newer version then. */
  public boolean inForce(LocalDate on) {
    return !effectiveFrom.isAfter(on) && (supersededOn == null || supersededOn.isAfter(on));
  }

  /** Its review date has passed: the procedure may no longer describe what is done. */
  public boolean reviewOverdue(LocalDate on) {
    return reviewDue.isBefore(on);
  }

  public String id() {
    return id;
  }

  public IcpElement element() {
    return element;
  }

  public String title() {
    return title;
  }

  public String versionLabel() {
    return versionLabel;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate reviewDue() {
    return reviewDue;
  }

  public String fileName() {
    return fileName;
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

  public String supersedes() {
    return supersedes;
  }

  public String supersededBy() {
    return supersededBy;
  }

  public LocalDate supersededOn() {
    return supersededOn;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public long version() {
    return version;
  }
}
