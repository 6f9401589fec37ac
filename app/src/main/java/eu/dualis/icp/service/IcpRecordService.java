package eu.dualis.icp.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.icp.model.AuditKind;
import eu.dualis.icp.model.AuditRecord;
import eu.dualis.icp.model.CommitmentStatement;
import eu.dualis.icp.model.ComplianceRole;
import eu.dualis.icp.model.CorrectiveAction;
import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.model.IcpRepository;
import eu.dualis.icp.model.RecordKind;
import eu.dualis.icp.model.RecordkeepingPolicy;
import eu.dualis.icp.model.RoleFunction;
import eu.dualis.icp.model.SecurityKind;
import eu.dualis.icp.model.SecurityMeasure;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Recording the evidence of elements 1, 2, 5, 6 and 7. Every record is evidence (Art. 27 of
 * Regulation (EU) 2021/821): added, never overwritten or deleted; each change audited in its
 * transaction.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class IcpRecordService {

  @Inject IcpRepository records;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  public List<CommitmentStatement> commitments() {
    return records.commitments();
  }

  /** A new revision of the statement; the earlier ones stay as signed. */
  public CommitmentStatement sign(
      String text, String signedByName, String signedByFunction, LocalDate signedOn, String where) {
    int revision =
        records.commitments().stream().mapToInt(CommitmentStatement::revision).max().orElse(0) + 1;
    var s =
        CommitmentStatement.sign(
            revision,
            text,
            signedByName,
            signedByFunction,
            signedOn,
            where,
            user.name(),
            IcpService.now());
    return created("CommitmentStatement", s, s.id(), IcpSnapshots.of(s));
  }

  public List<ComplianceRole> roles() {
    return records.roles();
  }

  public ComplianceRole appoint(
      String person,
      RoleFunction function,
      String responsibilities,
      BigDecimal fte,
      LocalDate from,
      LocalDate to) {
    var r =
        ComplianceRole.appoint(
            person, function, responsibilities, fte, from, to, user.name(), IcpService.now());
    return created("ComplianceRole", r, r.id(), IcpSnapshots.of(r));
  }

  /** Records the last day in office. */
  public ComplianceRole endRole(String id, long expectedVersion, LocalDate lastDay) {
    ComplianceRole r = get(ComplianceRole.class, "ComplianceRole", id);
    checkVersion("ComplianceRole", id, r.version(), expectedVersion);
    var before = IcpSnapshots.of(r);
    r.end(lastDay);
    em.flush();
    audit.record(user.name(), AuditAction.UPDATE, "ComplianceRole", id, before, IcpSnapshots.of(r));
    return r;
  }

  public List<AuditRecord> audits() {
    return records.audits();
  }

  public AuditRecord audit(String id) {
    return get(AuditRecord.class, "AuditRecord", id);
  }

  public AuditRecord recordAudit(LocalDate on, AuditKind kind, String scope, String findings) {
    var a = AuditRecord.record(on, kind, scope, findings, today(), user.name(), IcpService.now());
    return created("AuditRecord", a, a.id(), IcpSnapshots.of(a));
  }

  public List<CorrectiveAction> correctiveActions(String auditId) {
    audit(auditId);
    return records.correctiveActions().stream().filter(c -> c.auditId().equals(auditId)).toList();
  }

  public CorrectiveAction agree(
      String auditId, String finding, String description, String owner, LocalDate due) {
    audit(auditId);
    var c =
        CorrectiveAction.agree(
            auditId, finding, description, owner, due, user.name(), IcpService.now());
    return created("CorrectiveAction", c, c.id(), IcpSnapshots.of(c));
  }

  /** Marks an action of this audit done; the only change an action ever gets. */
  public CorrectiveAction done(
      String auditId, String actionId, long expectedVersion, LocalDate on) {
    audit(auditId);
    CorrectiveAction c = get(CorrectiveAction.class, "CorrectiveAction", actionId);
    if (!c.auditId().equals(auditId)) {
      throw new RecordNotFoundException("CorrectiveAction", actionId);
    }
    checkVersion("CorrectiveAction", actionId, c.version(), expectedVersion);
    var before = IcpSnapshots.of(c);
    c.done(on, today());
    em.flush();
    audit.record(
        user.name(), AuditAction.UPDATE, "CorrectiveAction", actionId, before, IcpSnapshots.of(c));
    return c;
  }

  public List<RecordkeepingPolicy> policies() {
    return records.recordkeepingPolicies();
  }

  /** A new revision of the policy; every period at least five years (Art. 27). */
  public RecordkeepingPolicy adopt(
      String text, Map<RecordKind, Integer> retention, LocalDate effectiveFrom) {
    int revision =
        records.recordkeepingPolicies().stream()
                .mapToInt(RecordkeepingPolicy::revision)
                .max()
                .orElse(0)
            + 1;
    var p =
        RecordkeepingPolicy.adopt(
            revision, text, retention, effectiveFrom, user.name(), IcpService.now());
    return created("RecordkeepingPolicy", p, p.id(), IcpSnapshots.of(p));
  }

  public List<SecurityMeasure> measures() {
    return records.securityMeasures();
  }

  public SecurityMeasure review(SecurityKind kind, String description, LocalDate reviewedOn) {
    var m =
        SecurityMeasure.review(
            kind, description, reviewedOn, today(), user.name(), IcpService.now());
    return created("SecurityMeasure", m, m.id(), IcpSnapshots.of(m));
  }

  /**
   * ICP records are evidence kept under Art. 27: a delete is refused (404 first when the id is not
   * the tenant's).
   */
  public void refuseDeletion(String kind, String id) {
    Class<?> type =
        switch (kind) {
          case "CommitmentStatement" -> CommitmentStatement.class;
          case "ComplianceRole" -> ComplianceRole.class;
          case "IcpDocument" -> IcpDocument.class;
          case "AuditRecord" -> AuditRecord.class;
          case "CorrectiveAction" -> CorrectiveAction.class;
          case "RecordkeepingPolicy" -> RecordkeepingPolicy.class;
          case "SecurityMeasure" -> SecurityMeasure.class;
          default -> throw new IllegalArgumentException(kind);
        };
    get(type, kind, id);
    throw new ConflictException(
        null,
        kind
            + " "
            + id
            + " is ICP evidence kept for at least five years (Art. 27 of Regulation (EU)"
            + " 2021/821); it cannot be deleted: record a new version instead");
  }

  private <T> T created(String type, T record, String id, Object snapshot) {
    records.add(record);
    em.flush();
    audit.record(user.name(), AuditAction.CREATE, type, id, null, snapshot);
    return record;
  }

  private <T> T get(Class<T> type, String name, String id) {
    return records.find(type, id).orElseThrow(() -> new RecordNotFoundException(name, id));
  }

  private static void checkVersion(String type, String id, long actual, long expected) {
    if (actual != expected) {
      throw new ConflictException(
          "version",
          type
              + " "
              + id
              + " was changed by someone else (version "
              + actual
              + ", yours "
              + expected
              + "); reload it and apply your change again");
    }
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
