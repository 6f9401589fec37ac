package eu.dualis.icp.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.model.IcpRepository;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The current tenant's ICP judged element by element (Recommendation (EU) 2019/1318), and its
 * procedure documents.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class IcpService {

  static final String DOCUMENT = "IcpDocument";

  @Inject IcpRepository records;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  /** Each of the seven elements on a date: complete, current, what is missing, its evidence. */
  public List<ElementStatus> elements(LocalDate on, ElementFacts facts) {
    IcpRecords r = records();
    return IcpCompleteness.assess(on, r, facts).stream()
        .map(
            a ->
                new ElementStatus(
                    a.element().number(),
                    a.element(),
                    a.complete(),
                    a.current(),
                    a.missing(),
                    IcpEvidenceLines.of(a.element(), on, r, facts)))
        .toList();
  }

  /** The rules' verdicts with their gaps coded, for a page that words them in its language. */
  public List<Assessment> assess(LocalDate on, ElementFacts facts) {
    return IcpCompleteness.assess(on, records(), facts);
  }

  /** Documents of the elements current on a date (for the pack's annexes): metadata only. */
  public List<IcpDocumentRef> documentsInForce(LocalDate on) {
    return records.documents().stream().filter(d -> d.inForce(on)).map(IcpService::ref).toList();
  }

  public byte[] documentContent(String documentId) {
    return document(documentId).content();
  }

  public IcpDocument document(String id) {
    return records
        .find(IcpDocument.class, id)
        .orElseThrow(() -> new RecordNotFoundException(DOCUMENT, id));
  }

  public List<IcpDocument> documents() {
    return records.documents();
  }

  /**
   * Keeps a new document, or a new version of one ({@code supersedesId}): the earlier version
   * stays, marked as replaced from the new one's effective date.
   */
  public IcpDocument upload(
      IcpDocument.Details details, String contentType, byte[] content, String supersedesId) {
    IcpDocument previous = null;
    if (supersedesId != null && !supersedesId.isBlank()) {
      previous =
          records
              .find(IcpDocument.class, supersedesId.strip())
              .orElseThrow(
                  () -> InvalidInputException.of("supersedes", "names no document of yours"));
    }
    var before = previous == null ? null : IcpSnapshots.of(previous);
    IcpDocument doc =
        IcpDocument.upload(details, contentType, content, previous, user.name(), now());
    records.add(doc);
    em.flush();
    audit.record(user.name(), AuditAction.CREATE, DOCUMENT, doc.id(), null, IcpSnapshots.of(doc));
    if (previous != null) {
      audit.record(
          user.name(),
          AuditAction.UPDATE,
          DOCUMENT,
          previous.id(),
          before,
          IcpSnapshots.of(previous));
    }
    return doc;
  }

  /** All ICP records of the tenant, for the rules. */
  public IcpRecords records() {
    return new IcpRecords(
        records.commitments(),
        records.roles(),
        records.documents(),
        records.audits(),
        records.correctiveActions(),
        records.recordkeepingPolicies(),
        records.securityMeasures());
  }

  public static IcpDocumentRef ref(IcpDocument d) {
    return new IcpDocumentRef(
        d.id(),
        d.element(),
        d.title(),
        d.versionLabel(),
        d.fileName(),
        d.contentType(),
        d.sha256(),
        d.size());
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
