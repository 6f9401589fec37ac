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

/**
 * A physical or information security measure (element 7) as reviewed on a day. A later review is a
 * new record, so that each review stays as evidence.
 */
@Entity
@Table(name = "icp_security_measure")
public class SecurityMeasure extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private SecurityKind kind;

  @Column(name = "description", nullable = false, updatable = false)
  private String description;

  @Column(name = "reviewed_on", nullable = false, updatable = false)
  private LocalDate reviewedOn;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SecurityMeasure() {
    // for JPA
  }

  public static SecurityMeasure review(
      SecurityKind kind,
      String description,
      LocalDate reviewedOn,
      LocalDate today,
      String actor,
      Instant now) {
    Inputs in = new Inputs();
    SecurityMeasure m = new SecurityMeasure();
    m.id = UUID.randomUUID().toString();
    m.kind = in.required("kind", kind);
    m.description = in.text("description", description, 5000);
    m.reviewedOn = in.required("reviewedOn", reviewedOn);
    if (reviewedOn != null && reviewedOn.isAfter(today)) {
      in.problem("reviewedOn", "must not be in the future");
    }
    in.check();
    m.recordedBy = actor;
    m.recordedAt = now;
    return m;
  }

  public String id() {
    return id;
  }

  public SecurityKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public LocalDate reviewedOn() {
    return reviewedOn;
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
