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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A dated judgement of one product against one control list version. Its content is never changed
 * after it is written; a new judgement is a new classification. The only transition is draft →
 * approved, by a second compliance officer.
 */
@Entity
@Table(name = "classification")
public class Classification extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "product_id", nullable = false, updatable = false)
  private String productId;

  @Column(name = "control_list_version_id", nullable = false, updatable = false)
  private String controlListVersionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false)
  private ClassificationOutcome outcome;

  @Column(name = "entry_codes", updatable = false)
  private String entryCodes;

  @Column(name = "not_listed_reason", updatable = false)
  private String notListedReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "cyber_surveillance", nullable = false, updatable = false)
  private CyberSurveillance cyberSurveillance;

  @Column(name = "rationale", nullable = false, updatable = false)
  private String rationale;

  @Column(name = "document_refs", updatable = false)
  private String documentRefs;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ClassificationStatus status;

  @Column(name = "author", nullable = false, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Classification() {
    // for JPA
  }

  public static Classification draft(
      ProductId product,
      ClassificationInput input,
      Set<EntryCode> codes,
      String author,
      Instant now) {
    Classification c = new Classification();
    c.id = UUID.randomUUID().toString();
    c.productId = product.value();
    c.controlListVersionId = input.controlListVersionId();
    c.outcome = input.outcome();
    c.entryCodes =
        codes.isEmpty()
            ? null
            : codes.stream().map(EntryCode::value).collect(Collectors.joining(" "));
    c.notListedReason = blankToNull(input.notListedReason());
    c.cyberSurveillance = input.cyberSurveillance();
    c.rationale = input.rationale().strip();
    List<String> docs = input.documentReferences() == null ? List.of() : input.documentReferences();
    c.documentRefs =
        docs.stream()
            .map(String::strip)
            .filter(d -> !d.isEmpty())
            .collect(Collectors.joining("\n"));
    if (c.documentRefs.isEmpty()) {
      c.documentRefs = null;
    }
    c.status = ClassificationStatus.DRAFT;
    c.author = author;
    c.createdAt = now;
    return c;
  }

  /**
   * Approves the draft. Four eyes: the approver is not the author (ICP guidance, Recommendation
   * (EU) 2019/1318, core element 4: classification decisions are checked by a second person).
   *
   * @throws FourEyesException when the author tries to approve
   * @throws IllegalStateException when it is approved already
   */
  public void approve(String approver, Instant now) {
    if (status != ClassificationStatus.DRAFT) {
      throw new IllegalStateException("Classification " + id + " is approved already");
    }
    if (approver.equalsIgnoreCase(author)) {
      throw new FourEyesException(
          "Four eyes (Recommendation (EU) 2019/1318, element 4): "
              + author
              + " wrote this classification and cannot approve it; a second compliance officer must");
    }
    status = ClassificationStatus.APPROVED;
    approvedBy = approver;
    approvedAt = now;
  }

  public String id() {
    return id;
  }

  public ProductId productId() {
    return new ProductId(productId);
  }

  public String controlListVersionId() {
    return controlListVersionId;
  }

  public ClassificationOutcome outcome() {
    return outcome;
  }

  public List<EntryCode> entryCodes() {
    return entryCodes == null
        ? List.of()
        : Arrays.stream(entryCodes.split(" ")).map(EntryCode::new).toList();
  }

  public String notListedReason() {
    return notListedReason;
  }

  public CyberSurveillance cyberSurveillance() {
    return cyberSurveillance;
  }

  public String rationale() {
    return rationale;
  }

  public List<String> documentReferences() {
    return documentRefs == null ? List.of() : List.of(documentRefs.split("\n"));
  }

  public ClassificationStatus status() {
    return status;
  }

  public String author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
