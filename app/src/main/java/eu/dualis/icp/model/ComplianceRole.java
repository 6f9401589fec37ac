package eu.dualis.icp.model;

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
import java.util.UUID;

/**
 * A person in the compliance organisation (element 2), in office from a date. Only the end of the
 * office is ever added later; who held it and with what remit stays as recorded.
 */
@Entity
@Table(name = "icp_role")
public class ComplianceRole extends TenantScopedEntity {

  private static final BigDecimal MAX_FTE = BigDecimal.valueOf(100);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "person", nullable = false, updatable = false)
  private String person;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_function", nullable = false, updatable = false)
  private RoleFunction function;

  @Column(name = "responsibilities", nullable = false, updatable = false)
  private String responsibilities;

  @Column(name = "fte", nullable = false, updatable = false)
  private BigDecimal fte;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate from;

  @Column(name = "valid_to")
  private LocalDate to;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ComplianceRole() {
    // for JPA
  }

  public static ComplianceRole appoint(
      String person,
      RoleFunction function,
      String responsibilities,
      BigDecimal fte,
      LocalDate from,
      LocalDate to,
      String actor,
      Instant now) {
    Inputs in = new Inputs();
    ComplianceRole r = new ComplianceRole();
    r.id = UUID.randomUUID().toString();
    r.person = in.text("person", person, 200);
    r.function = in.required("function", function);
    r.responsibilities = in.text("responsibilities", responsibilities, 5000);
    r.fte = in.required("fte", fte);
    if (fte != null && (fte.signum() <= 0 || fte.compareTo(MAX_FTE) > 0 || fte.scale() > 2)) {
      in.problem("fte", "must be more than 0 and at most 100, with at most two decimals");
    }
    r.from = in.required("from", from);
    in.notBefore("to", to, "from", from);
    r.to = to;
    in.check();
    r.recordedBy = actor;
    r.recordedAt = now;
    return r;
  }

  /** The person leaves the office; the day given is the last in office. */
  public void end(LocalDate lastDay) {
    Inputs in = new Inputs();
    in.required("to", lastDay);
    in.notBefore("to", lastDay, "from", from);
    if (to != null) {
      in.problem("to", "is already recorded (" + to + "); the end of an office is not changed");
    }
    in.check();
    to = lastDay;
  }

  public boolean inOffice(LocalDate on) {
    return !from.isAfter(on) && (to == null || !to.isBefore(on));
  }

  public String id() {
    return id;
  }

  public String person() {
    return person;
  }

  public RoleFunction function() {
    return function;
  }

  public String responsibilities() {
    return responsibilities;
  }

  public BigDecimal fte() {
    return fte;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
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
