package eu.dualis.duediligence.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An uploaded end-use statement: evidence, never changed. Revisions of a file refer to the same
 * document, so the content is kept once.
 */
@Entity
@Table(name = "due_diligence_document")
public class DueDiligenceDocument extends TenantScopedEntity {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int NAME_MAX = 255;

  /** The accepted types and the bytes each starts with, so the declared type is not trusted. */
  private static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

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

  /** Checks name, type (PDF, PNG or JPEG, by its first bytes too) and size (at most 10 MB). */
  public static DueDiligenceDocument upload(
      String fileId, String name, String contentType, byte[] content, String actor, Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    String cleanName = name == null ? "" : name.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
    if (cleanName.isEmpty() || cleanName.length() > NAME_MAX) {
      problems.add(new FieldProblem("name", "is required, at most " + NAME_MAX + " characters"));
    }
    String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
    byte[] signature = SIGNATURES.get(type);
    if (signature == null) {
      problems.add(
          new FieldProblem(
              "contentType",
              "must be application/pdf, image/png or image/jpeg (got " + contentType + ")"));
    }
    if (content == null || content.length == 0) {
      problems.add(new FieldProblem("document", "is empty"));
    } else if (content.length > MAX_BYTES) {
      problems.add(new FieldProblem("document", "may have at most 10 MB"));
    } else if (signature != null && !startsWith(content, signature)) {
      problems.add(new FieldProblem("document", "is not a " + type + " file: its content differs"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    DueDiligenceDocument d = new DueDiligenceDocument();
    d.id = UUID.randomUUID().toString();
    d.fileId = fileId;
    d.name = cleanName;
    d.contentType = type;
    d.size = content.length;
    d.sha256 = sha256(content);
    d.content = content.clone();
    d.uploadedBy = actor;
    d.uploadedAt = now;
    return d;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
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
