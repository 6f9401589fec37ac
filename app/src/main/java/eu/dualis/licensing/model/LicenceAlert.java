package eu.dualis.licensing.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A warning about a licence, raised once per licence and kind, open until acknowledged. */
@Entity
@Table(name = "licence_alert")
public class LicenceAlert extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "licence_id", nullable = false, updatable = false)
  private String licenceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private AlertKind kind;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected LicenceAlert() {
    // for JPA
  }

  public LicenceAlert(String licenceId, AlertKind kind, Instant raisedAt) {
    this.id = UUID.randomUUID().toString();
    this.licenceId = licenceId;
    this.kind = kind;
    this.raisedAt = raisedAt;
  }

  /**
   * @return false when it was acknowledged already (the first acknowledgement stands)
   */
  public boolean acknowledge(String by, Instant at) {
    if (acknowledgedAt != null) {
      return false;
    }
    acknowledgedBy = by;
    acknowledgedAt = at;
    return true;
  }

  public boolean isOpen() {
    return acknowledgedAt == null;
  }

  public String id() {
    return id;
  }

  public String licenceId() {
    return licenceId;
  }

  public AlertKind kind() {
    return kind;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }
}
