package eu.dualis.licensing.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A licence or a registration to use an EU General Export Authorisation. It changes only by
 * revision ({@link #revise}), each one audited with the state before and after; it is never deleted
 * (Art. 27: evidence kept at least five years).
 */
@Entity
@Table(name = "licence")
public class Licence extends TenantScopedEntity {

  private static final String SEPARATOR = " ";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private LicenceKind kind;

  @Column(name = "number", nullable = false)
  private String number;

  @Column(name = "authority", nullable = false)
  private String authority;

  @Column(name = "holder", nullable = false)
  private String holder;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private LicenceStatus status;

  @Column(name = "entry_codes", nullable = false)
  private String entryCodes;

  @Column(name = "destinations", nullable = false)
  private String destinations;

  @Column(name = "quantity_limit")
  private BigDecimal quantityLimit;

  @Column(name = "quantity_unit")
  private String quantityUnit;

  @Column(name = "value_limit_eur")
  private BigDecimal valueLimit;

  @Column(name = "conditions")
  private String conditions;

  @Column(name = "registered_on")
  private LocalDate registeredOn;

  @Column(name = "reporting_duty")
  private String reportingDuty;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Licence() {
    // for JPA
  }

  public static Licence create(LicenceDetails details, Instant now) {
    Licence licence = new Licence();
    licence.id = UUID.randomUUID().toString();
    licence.createdAt = now;
    licence.apply(details.validated(), now);
    return licence;
  }

  public void revise(LicenceDetails details, Instant now) {
    apply(details.validated(), now);
  }

  private void apply(LicenceDetails d, Instant now) {
    kind = d.kind();
    number = d.number();
    authority = d.authority();
    holder = d.holder();
    validFrom = d.validFrom();
    validTo = d.validTo();
    status = d.status();
    entryCodes = String.join(SEPARATOR, d.entryCodes());
    destinations = String.join(SEPARATOR, d.destinations());
    quantityLimit = d.quantityLimit();
    quantityUnit = d.quantityUnit();
    valueLimit = d.valueLimit();
    conditions = d.conditions();
    registeredOn = d.registeredOn();
    reportingDuty = d.reportingDuty();
    updatedAt = now;
  }

  /** The status on a day: the recorded one, or EXPIRED once the last valid day has passed. */
  public LicenceStatus statusOn(LocalDate day) {
    if (status == LicenceStatus.ACTIVE && validTo != null && day.isAfter(validTo)) {
      return LicenceStatus.EXPIRED;
    }
    return status;
  }

  /** Whether the day lies within the validity (from and to inclusive). */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public List<LicensedCode> codes() {
    return split(entryCodes).stream().map(LicensedCode::new).toList();
  }

  public List<String> destinationList() {
    return split(destinations);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
  }

  public LicenceDetails details() {
    return new LicenceDetails(
        kind,
        number,
        authority,
        holder,
        validFrom,
        validTo,
        status,
        split(entryCodes),
        destinationList(),
        quantityLimit,
        quantityUnit,
        valueLimit,
        conditions,
        registeredOn,
        reportingDuty);
  }

  public String id() {
    return id;
  }

  public LicenceKind kind() {
    return kind;
  }

  public String number() {
    return number;
  }

  public String holder() {
    return holder;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public LicenceStatus status() {
    return status;
  }

  public BigDecimal quantityLimit() {
    return quantityLimit;
  }

  public String quantityUnit() {
    return quantityUnit;
  }

  public BigDecimal valueLimit() {
    return valueLimit;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
