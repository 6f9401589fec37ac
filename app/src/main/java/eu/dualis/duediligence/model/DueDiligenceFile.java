package eu.dualis.duediligence.model;

import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The record that the exporter looked before exporting a cyber-surveillance item (Art. 5 of
 * Regulation (EU) 2021/821, Recommendation (EU) 2024/2659). Editable only as a draft; once decided
 * it is evidence (Art. 27) and a change is a new revision that {@code supersedes} it.
 */
@Entity
@Table(name = "due_diligence_file")
public class DueDiligenceFile extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @Column(name = "supersedes", updatable = false)
  private String supersedes;

  @Embedded private DueDiligenceContent content;

  @Embedded private DocumentRef document;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private DueDiligenceStatus status;

  @Embedded private DueDiligenceVerdict verdict;

  @Column(name = "returned_by")
  private String returnedBy;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "return_reason")
  private String returnReason;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected DueDiligenceFile() {
    // for JPA
  }

  public static DueDiligenceFile open(
      DueDiligenceInput input, String endUserName, String actor, Instant now) {
    DueDiligenceFile f = new DueDiligenceFile();
    f.id = UUID.randomUUID().toString();
    f.revision = 1;
    f.status = DueDiligenceStatus.DRAFT;
    f.content = DueDiligenceContent.of(input.validated(), endUserName);
    f.verdict = new DueDiligenceVerdict();
    f.createdBy = actor;
    f.createdAt = now;
    f.touch(actor, now);
    return f;
  }

  public void revise(DueDiligenceInput input, String endUserName, String actor, Instant now) {
    requireDraft("changed");
    content = DueDiligenceContent.of(input.validated(), endUserName);
    touch(actor, now);
  }

  public void attach(DueDiligenceDocument uploaded, String actor, Instant now) {
    requireDraft("given a new document");
    document = DocumentRef.of(uploaded);
    touch(actor, now);
  }

  /**
   * Decides a complete draft. Every red flag must be answered and the risk assessed (Recommendation
   * (EU) 2024/2659); PROCEED is refused while AWARE_OF_MISUSE is present, because Art. 5(2) then
   * obliges the exporter to notify the authority.
   */
  public void decide(DueDiligenceDecision decision, String rationale, String actor, Instant now) {
    requireDraft("decided again");
    List<FieldProblem> problems = new ArrayList<>();
    if (decision == null) {
      problems.add(
          new FieldProblem("decision", "is required: PROCEED, NOTIFY_AUTHORITY or REFUSE"));
    }
    if (rationale == null || rationale.isBlank()) {
      problems.add(new FieldProblem("rationale", "is required: why this decision"));
    } else if (rationale.length() > DueDiligenceInput.TEXT_MAX) {
      problems.add(new FieldProblem("rationale", "is too long"));
    }
    problems.addAll(content.incompleteness());
    if (decision == DueDiligenceDecision.PROCEED && content.awareOfMisuse()) {
      problems.add(
          new FieldProblem(
              "decision",
              "PROCEED is not allowed while AWARE_OF_MISUSE is PRESENT: under Art. 5(2) of"
                  + " Regulation (EU) 2021/821 the exporter must notify the competent authority"
                  + " (NOTIFY_AUTHORITY) or refuse"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    verdict = DueDiligenceVerdict.decided(decision, rationale.strip(), actor, now);
    status = DueDiligenceStatus.DECIDED;
    touch(actor, now);
  }

  /** Four eyes: the officer who decided cannot approve (Recommendation (EU) 2019/1318, el. 4). */
  public void approve(String actor, Instant now) {
    requireStatus(DueDiligenceStatus.DECIDED, "approved");
    if (actor.equalsIgnoreCase(verdict.decidedBy())) {
      throw new ConflictException(
          null,
          "Four eyes (Recommendation (EU) 2019/1318, element 4): "
              + verdict.decidedBy()
              + " decided this due-diligence file and cannot approve it; a second compliance"
              + " officer must");
    }
    verdict = verdict.approved(actor, now);
    status = DueDiligenceStatus.APPROVED;
    touch(actor, now);
  }

  /** The second officer disagrees: back to draft with the reason; the decision is withdrawn. */
  public void returnToDraft(String reason, String actor, Instant now) {
    requireStatus(DueDiligenceStatus.DECIDED, "returned");
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "is required: why the file goes back to draft");
    }
    returnReason = reason.strip();
    returnedBy = actor;
    returnedAt = now;
    verdict = new DueDiligenceVerdict();
    status = DueDiligenceStatus.DRAFT;
    touch(actor, now);
  }

  /** A draft copy of a decided or approved file; this file itself stays as it is. */
  public DueDiligenceFile newRevision(String actor, Instant now) {
    if (status == DueDiligenceStatus.DRAFT) {
      throw new ConflictException(
          null, "Due-diligence file " + id + " is a draft: change it, no revision is needed");
    }
    DueDiligenceFile f = new DueDiligenceFile();
    f.id = UUID.randomUUID().toString();
    f.revision = revision + 1;
    f.supersedes = id;
    f.status = DueDiligenceStatus.DRAFT;
    f.content = DueDiligenceContent.of(content.input(), content.endUserName());
    f.document = document == null ? null : document.copy();
    f.verdict = new DueDiligenceVerdict();
    f.createdBy = actor;
    f.createdAt = now;
    f.touch(actor, now);
    return f;
  }

  private void requireDraft(String what) {
    requireStatus(DueDiligenceStatus.DRAFT, what);
  }

  private void requireStatus(DueDiligenceStatus expected, String what) {
    if (status != expected) {
      throw new ConflictException(
          null,
          "Due-diligence file "
              + id
              + " is "
              + status
              + " and cannot be "
              + what
              + (status == DueDiligenceStatus.DRAFT
                  ? ""
                  : ": a decided file is evidence kept under Art. 27 of Regulation (EU) 2021/821;"
                      + " open a new revision to reopen it"));
    }
  }

  private void touch(String actor, Instant now) {
    updatedBy = actor;
    updatedAt = now;
  }

  public String id() {
    return id;
  }

  public int revision() {
    return revision;
  }

  public String supersedes() {
    return supersedes;
  }

  public DueDiligenceContent content() {
    return content;
  }

  /** The end-use statement, or null when none was uploaded. */
  public DocumentRef document() {
    return document == null || document.documentId() == null ? null : document;
  }

  public DueDiligenceStatus status() {
    return status;
  }

  public DueDiligenceVerdict verdict() {
    return verdict == null ? new DueDiligenceVerdict() : verdict;
  }

  public String returnedBy() {
    return returnedBy;
  }

  public Instant returnedAt() {
    return returnedAt;
  }

  public String returnReason() {
    return returnReason;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
