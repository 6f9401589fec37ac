package eu.dualis.icp.api;

import eu.dualis.icp.model.ComplianceRole;
import java.math.BigDecimal;
import java.time.LocalDate;

public record RoleResponse(
    String id,
    String person,
    String function,
    String responsibilities,
    BigDecimal fte,
    LocalDate from,
    LocalDate to,
    String recordedBy,
    long version) {

  static RoleResponse of(ComplianceRole r) {
    return new RoleResponse(
        r.id(),
        r.person(),
        r.function().name(),
        r.responsibilities(),
        r.fte(),
        r.from(),
        r.to(),
        r.recordedBy(),
        r.version());
  }
}
