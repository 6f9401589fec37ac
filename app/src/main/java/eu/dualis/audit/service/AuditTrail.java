package eu.dualis.audit.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.model.AuditEvent;
import eu.dualis.audit.model.AuditEventRepository;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * Appends an audit event in the caller's transaction ({@code MANDATORY}): the change and its event
 * are committed together or not at all.
 */
@ApplicationScoped
@TenantBound
@Transactional(TxType.MANDATORY)
public class AuditTrail {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject AuditEventRepository events;

  /**
   * @param before the record's state before the change (null for CREATE), any JSON-B mappable
   *     snapshot
   * @param after the state after it (null for DELETE)
   */
  public void record(
      String actor,
      AuditAction action,
      String recordType,
      String recordId,
      Object before,
      Object after) {
    events.append(
        new AuditEvent(
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
            actor,
            action,
            recordType,
            recordId,
            json(before),
            json(after)));
  }

  private static String json(Object state) {
    return state == null ? null : JSON.toJson(state);
  }
}
