package eu.dualis.audit.api;

import eu.dualis.audit.model.AuditEvent;
import java.time.Instant;

/** An audit event as the API returns it; before and after are the record's JSON snapshots. */
public record AuditEventResponse(
    String id,
    Instant occurredAt,
    String actor,
    String action,
    String recordType,
    String recordId,
    String before,
    String after) {

  static AuditEventResponse of(AuditEvent e) {
    return new AuditEventResponse(
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.action().name(),
        e.recordType(),
        e.recordId(),
        e.beforeState(),
        e.afterState());
  }
}
