package eu.dualis.licensing.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One export shipped under a licence. Append-only: a wrong usage is answered by a correcting one,
 * never by changing this row (Art. 27 records).
 */
@Entity
@Table(name = "licence_usage")
public class LicenceUsage extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "licence_id", nullable = false, updatable = false)
  private String licenceId;

  @Column(name = "export_reference", nullable = false, updatable = false)
  private String exportReference;

  @Column(name = "export_check_id", updatable = false)
  private String exportCheckId;

  @Column(name = "entry_code", nullable = false, updatable = false)
  private String entryCode;

  @Column(name = "shipped_on", nullable = false, updatable = false)
  private LocalDate shippedOn;

  @Column(name = "quantity", updatable = false)
  private BigDecimal quantity;

  @Column(name = "value_eur", updatable = false)
  private BigDecimal value;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected LicenceUsage() {
    // for JPA
  }

  /** The values must have been checked against the licence first (the service does). */
  public LicenceUsage(
      String licenceId,
      String exportReference,
      String exportCheckId,
      LicensedCode entryCode,
      LocalDate shippedOn,
      BigDecimal quantity,
      BigDecimal value,
      String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.licenceId = licenceId;
    this.exportReference = exportReference;
    this.exportCheckId = exportCheckId;
    this.entryCode = entryCode.value();
    this.shippedOn = shippedOn;
    this.quantity = quantity;
    this.value = value;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public String id() {
    return id;
  }

  public String licenceId() {
    return licenceId;
  }

  public String exportReference() {
    return exportReference;
  }

  public String exportCheckId() {
    return exportCheckId;
  }

  public String entryCode() {
    return entryCode;
  }

  public LocalDate shippedOn() {
    return shippedOn;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public BigDecimal value() {
    return value;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
