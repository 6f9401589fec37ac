package eu.dualis.icp.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A performance review or audit of the ICP (element 5) with its findings; kept as recorded. */
@Entity
@Table(name = "icp_audit")
public class AuditRecord extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "audited_on", nullable = false, updatable = false)
  private LocalDate auditedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private AuditKind kind;

  @Column(name = "scope", nullable = false, updatable = false)
  private String scope;

  @Column(name = "findings", updatable = false)
  private String findings;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AuditRecord() {
    // for JPA
  }

  public static AuditRecord record(
      LocalDate auditedOn,
      AuditKind kind,
      String scope,
      String findings,
      LocalDate today,
      String actor,
      Instant now) {
    Inputs in = new Inputs();
    AuditRecord a = new AuditRecord();
    a.id = UUID.randomUUID().toString();
    a.auditedOn = in.required("auditedOn", auditedOn);
    if (auditedOn != null && auditedOn.isAfter(today)) {
      in.problem("auditedOn", "must not be in the future: record an audit once it took place");
    }
    a.kind = in.required("kind", kind);
    a.scope = in.text("scope", scope, 2000);
    a.findings = in.optional("findings", findings, 20000);
    in.check();
    a.recordedBy = actor;
    a.recordedAt = now;
    return a;
  }

  public String id() {
    return id;
  }

  public LocalDate auditedOn() {
    return auditedOn;
  }

  public AuditKind kind() {
    return kind;
  }

  public String scope() {
    return scope;
  }

  public String findings() {
    return findings;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public long version() {
    return version;
  }
}
