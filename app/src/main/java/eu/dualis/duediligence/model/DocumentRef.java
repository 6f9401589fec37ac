package eu.dualis.duediligence.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The end-use statement a file refers to: which stored document, and what it was. */
@Embeddable
public class DocumentRef {

  @Column(name = "document_id", length = 36)
  private String documentId;

  @Column(name = "document_name")
  private String name;

  @Column(name = "document_type")
  private String contentType;

  @Column(name = "document_size")
  private Long size;

  @Column(name = "document_sha256", length = 64)
  private String sha256;

  protected DocumentRef() {
    // for JPA
  }

  public static DocumentRef of(DueDiligenceDocument d) {
    DocumentRef ref = new DocumentRef();
    ref.documentId = d.id();
    ref.name = d.name();
    ref.contentType = d.contentType();
    ref.size = d.size();
    ref.sha256 = d.sha256();
    return ref;
  }

  DocumentRef copy() {
    DocumentRef ref = new DocumentRef();
    ref.documentId = documentId;
    ref.name = name;
    ref.contentType = contentType;
    ref.size = size;
    ref.sha256 = sha256;
    return ref;
  }

  public String documentId() {
    return documentId;
  }

  public String name() {
    return name;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size == null ? 0 : size;
  }

  public String sha256() {
    return sha256;
  }
}
