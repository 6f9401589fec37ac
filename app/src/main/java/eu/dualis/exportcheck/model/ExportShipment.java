package eu.dualis.exportcheck.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The shipment of a released export, recorded once for the check that released it. Its date starts
 * the Art. 27 retention period of the export's records.
 */
@Entity
@Table(name = "export_shipment")
public class ExportShipment extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "export_check_id", nullable = false, updatable = false)
  private String exportCheckId;

  @Column(name = "shipped_on", nullable = false, updatable = false)
  private LocalDate shippedOn;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected ExportShipment() {
    // for JPA
  }

  public ExportShipment(String exportCheckId, LocalDate shippedOn, String recordedBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.exportCheckId = exportCheckId;
    this.shippedOn = shippedOn;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  public String id() {
    return id;
  }

  public String exportCheckId() {
    return exportCheckId;
  }

  public LocalDate shippedOn() {
    return shippedOn;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
