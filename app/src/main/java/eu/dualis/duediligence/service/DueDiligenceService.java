package eu.dualis.duediligence.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.duediligence.model.DueDiligenceDecision;
import eu.dualis.duediligence.model.DueDiligenceDocument;
import eu.dualis.duediligence.model.DueDiligenceDocumentRepository;
import eu.dualis.duediligence.model.DueDiligenceFile;
import eu.dualis.duediligence.model.DueDiligenceFileRepository;
import eu.dualis.duediligence.model.DueDiligenceInput;
import eu.dualis.duediligence.model.DueDiligenceStatus;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Due-diligence files of the current tenant (Art. 5 of Regulation (EU) 2021/821, Recommendation
 * (EU) 2024/2659): opened for an export or an end user, edited as a draft, decided by one
 * compliance officer and approved by a second. Every change is audited in its transaction.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class DueDiligenceService {

  static final String RECORD_TYPE = "DueDiligenceFile";
  static final String DOCUMENT_TYPE = "DueDiligenceDocument";
  private static final int DASHBOARD_MAX = 200;

  @Inject DueDiligenceFileRepository files;
  @Inject DueDiligenceDocumentRepository documents;
  @Inject DueDiligenceSubjects subjects;
  @Inject CatchAllNotificationService notifications;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  /**
   * The approved decision of the newest APPROVED file whose end user is this party and whose
   * products include this product; empty if none.
   */
  @Transactional(TxType.SUPPORTS)
  public Optional<DueDiligenceClearance> decisionFor(String endUserPartyId, String productId) {
    if (endUserPartyId == null || productId == null) {
      return Optional.empty();
    }
    return files.approvedFor(endUserPartyId).stream()
        .filter(f -> f.content().productIds().contains(productId))
        .findFirst()
        .map(
            f ->
                new DueDiligenceClearance(
                    f.id(),
                    f.verdict().decision(),
                    f.verdict().approvedAt(),
                    f.verdict().decidedBy(),
                    f.verdict().approvedBy()));
  }

  /** Files not yet approved (DRAFT, DECIDED), oldest first, for the officer's dashboard. */
  @Transactional(TxType.SUPPORTS)
  public List<DueDiligenceSummary> open() {
    return files.open(DASHBOARD_MAX).stream()
        .map(
            f ->
                new DueDiligenceSummary(
                    f.id(),
                    f.content().endUserName(),
                    f.content().destination(),
                    f.status(),
                    f.createdAt()))
        .toList();
  }

  public DueDiligenceFile open(DueDiligenceInput input) {
    DueDiligenceInput valid = input.validated();
    String endUserName = subjects.checked(valid);
    DueDiligenceFile file = DueDiligenceFile.open(valid, endUserName, user.name(), now());
    files.add(file);
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        RECORD_TYPE,
        file.id(),
        null,
        DueDiligenceSnapshot.of(file));
    return file;
  }

  public DueDiligenceFile revise(String id, long expectedVersion, DueDiligenceInput input) {
    DueDiligenceInput valid = input.validated();
    DueDiligenceFile file = get(id);
    requireVersion(file, expectedVersion);
    String endUserName = subjects.checked(valid);
    var before = DueDiligenceSnapshot.of(file);
    file.revise(valid, endUserName, user.name(), now());
    return changed(file, before);
  }

  /** Attaches the end-use statement (PDF, PNG or JPEG, at most 10 MB) to a draft. */
  public DueDiligenceFile attachDocument(
      String id, String name, String contentType, byte[] content) {
    DueDiligenceFile file = get(id);
    DueDiligenceDocument document =
        DueDiligenceDocument.upload(id, name, contentType, content, user.name(), now());
    var before = DueDiligenceSnapshot.of(file);
    file.attach(document, user.name(), now());
    documents.add(document);
    audit.record(
        user.name(),
        AuditAction.CREATE,
        DOCUMENT_TYPE,
        document.id(),
        null,
        new DocumentSnapshot(
            id, document.name(), document.contentType(), document.size(), document.sha256()));
    return changed(file, before);
  }

  /** The end-use statement of a file. */
  @Transactional(TxType.SUPPORTS)
  public DueDiligenceDocument document(String id) {
    DueDiligenceFile file = get(id);
    if (file.document() == null) {
      throw new RecordNotFoundException("End-use statement of due-diligence file", id);
    }
    String documentId = file.document().documentId();
    return documents
        .find(documentId)
        .orElseThrow(() -> new RecordNotFoundException(DOCUMENT_TYPE, documentId));
  }

  public DueDiligenceFile decide(String id, DueDiligenceDecision decision, String rationale) {
    DueDiligenceFile file = get(id);
    var before = DueDiligenceSnapshot.of(file);
    file.decide(decision, rationale, user.name(), now());
    return changed(file, before);
  }

  /**
   * The second officer's approval. A file that decided to notify the authority opens the Art. 5(2)
   * notification at once, so that every export it concerns is held until the authority answers.
   */
  public DueDiligenceFile approve(String id) {
    DueDiligenceFile file = get(id);
    var before = DueDiligenceSnapshot.of(file);
    file.approve(user.name(), now());
    DueDiligenceFile approved = changed(file, before);
    if (approved.verdict().decision() == DueDiligenceDecision.NOTIFY_AUTHORITY) {
      var c = approved.content();
      notifications.notifyFromDueDiligence(
          approved.id(),
          new LinkedHashSet<>(c.productIds()),
          c.endUserPartyId(),
          c.destination(),
          user.name());
    }
    return approved;
  }

  public DueDiligenceFile returnToDraft(String id, String reason) {
    DueDiligenceFile file = get(id);
    var before = DueDiligenceSnapshot.of(file);
    file.returnToDraft(reason, user.name(), now());
    return changed(file, before);
  }

  /** Reopens a decided or approved file as a new draft revision; the old one stays as it is. */
  public DueDiligenceFile newRevision(String id) {
    DueDiligenceFile file = get(id);
    files
        .supersededBy(id)
        .ifPresent(
            r -> {
              throw new ConflictException(
                  null, "Due-diligence file " + id + " was already reopened as revision " + r.id());
            });
    DueDiligenceFile revision = file.newRevision(user.name(), now());
    files.add(revision);
    em.flush();
    audit.record(
        user.name(),
        AuditAction.CREATE,
        RECORD_TYPE,
        revision.id(),
        null,
        DueDiligenceSnapshot.of(revision));
    return revision;
  }

  /** Due-diligence files are evidence kept under Art. 27: never deleted. */
  public void remove(String id) {
    get(id);
    throw new ConflictException(
        null,
        "Due-diligence file "
            + id
            + " is evidence kept for at least five years (Art. 27 of Regulation (EU) 2021/821);"
            + " it cannot be deleted");
  }

  @Transactional(TxType.SUPPORTS)
  public DueDiligenceFile get(String id) {
    return files.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  /** The revision that reopened this file, if any. */
  @Transactional(TxType.SUPPORTS)
  public Optional<DueDiligenceFile> supersededBy(String id) {
    return files.supersededBy(id);
  }

  @Transactional(TxType.SUPPORTS)
  public Page<DueDiligenceFile> search(
      DueDiligenceStatus status, String endUserPartyId, PageRequest page) {
    return files.search(status, endUserPartyId, page);
  }

  private DueDiligenceFile changed(DueDiligenceFile file, DueDiligenceSnapshot before) {
    em.flush();
    audit.record(
        user.name(),
        AuditAction.UPDATE,
        RECORD_TYPE,
        file.id(),
        before,
        DueDiligenceSnapshot.of(file));
    return file;
  }

  private static void requireVersion(DueDiligenceFile file, long expectedVersion) {
    if (file.version() != expectedVersion) {
      throw new ConflictException(
          null,
          "Due-diligence file "
              + file.id()
              + " was changed by someone else (version "
              + file.version()
              + ", yours "
              + expectedVersion
              + "); reload it and apply your change again");
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** The audit record of an upload: what it was, not its bytes. */
  public record DocumentSnapshot(
      String fileId, String name, String contentType, long size, String sha256) {}
}
