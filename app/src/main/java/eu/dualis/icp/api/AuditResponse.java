package eu.dualis.icp.api;

import eu.dualis.icp.model.AuditRecord;
import java.time.LocalDate;

public record AuditResponse(
    String id, LocalDate auditedOn, String kind, String scope, String findings, String recordedBy) {

  static AuditResponse of(AuditRecord a) {
    return new AuditResponse(
        a.id(), a.auditedOn(), a.kind().name(), a.scope(), a.findings(), a.recordedBy());
  }
}
