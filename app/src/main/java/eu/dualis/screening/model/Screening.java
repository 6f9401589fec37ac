package eu.dualis.screening.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One check of a name against the list versions in force, kept as evidence exactly as the user saw
 * it: who, when, the input, the list versions and their ages, and the ranked hits with their
 * explanations (as JSON). Never changed after it is stored: no setters.
 */
@Entity
@Table(name = "screening")
public class Screening extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "screened_at", nullable = false, updatable = false)
  private Instant screenedAt;

  @Column(name = "screened_by", nullable = false, updatable = false)
  private String screenedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false)
  private ScreeningPurpose purpose;

  @Column(name = "party_id", updatable = false)
  private String partyId;

  @Column(name = "query_name", nullable = false, updatable = false)
  private String queryName;

  @Enumerated(EnumType.STRING)
  @Column(name = "query_type", nullable = false, updatable = false)
  private EntityType queryType;

  @Column(name = "query_country", updatable = false)
  private String queryCountry;

  @Column(name = "query_dob", updatable = false)
  private String queryDateOfBirth;

  @Column(name = "query_identifiers", updatable = false)
  private String queryIdentifiers;

  @Column(name = "threshold", nullable = false, updatable = false)
  private BigDecimal threshold;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, updatable = false)
  private ScreeningStatus status;

  @Column(name = "hit_count", nullable = false, updatable = false)
  private int hitCount;

  @Column(name = "suppressed_count", nullable = false, updatable = false)
  private int suppressedCount;

  @Column(name = "list_versions", nullable = false, updatable = false)
  private String listVersionsJson;

  @Column(name = "hits", nullable = false, updatable = false)
  private String hitsJson;

  protected Screening() {
    // for JPA
  }

  /**
   * @param hitCount hits that count (not suppressed by an earlier false-positive decision)
   */
  public static Screening record(
      Instant at,
      String by,
      ScreeningPurpose purpose,
      String partyId,
      ScreeningQueryInput query,
      double threshold,
      int hitCount,
      int suppressedCount,
      String listVersionsJson,
      String hitsJson) {
    Screening s = new Screening();
    s.id = UUID.randomUUID().toString();
    s.screenedAt = at;
    s.screenedBy = by;
    s.purpose = purpose;
    s.partyId = partyId;
    s.queryName = query.name();
    s.queryType = query.type();
    s.queryCountry = query.country();
    s.queryDateOfBirth = query.dateOfBirth();
    s.queryIdentifiers =
        query.identifiers().isEmpty() ? null : String.join("; ", query.identifiers());
    s.threshold = BigDecimal.valueOf(threshold).setScale(3, java.math.RoundingMode.HALF_UP);
    s.status = hitCount > 0 ? ScreeningStatus.POTENTIAL_MATCH : ScreeningStatus.CLEAR;
    s.hitCount = hitCount;
    s.suppressedCount = suppressedCount;
    s.listVersionsJson = listVersionsJson;
    s.hitsJson = hitsJson;
    return s;
  }

  public String id() {
    return id;
  }

  public Instant screenedAt() {
    return screenedAt;
  }

  public String screenedBy() {
    return screenedBy;
  }

  public ScreeningPurpose purpose() {
    return purpose;
  }

  public String partyId() {
    return partyId;
  }

  public ScreeningQueryInput query() {
    return new ScreeningQueryInput(
        queryName,
        queryType,
        queryCountry,
        queryDateOfBirth,
        queryIdentifiers == null
            ? java.util.List.of()
            : java.util.List.of(queryIdentifiers.split("; ")));
  }

  public double threshold() {
    return threshold.doubleValue();
  }

  public ScreeningStatus status() {
    return status;
  }

  public int hitCount() {
    return hitCount;
  }

  public int suppressedCount() {
    return suppressedCount;
  }

  public String listVersionsJson() {
    return listVersionsJson;
  }

  public String hitsJson() {
    return hitsJson;
  }
}
