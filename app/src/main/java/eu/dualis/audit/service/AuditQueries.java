package eu.dualis.audit.service;

import eu.dualis.audit.model.AuditEvent;
import eu.dualis.audit.model.AuditEventRepository;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads the current tenant's audit trail. */
@ApplicationScoped
@TenantBound
@Transactional
public class AuditQueries {

  @Inject AuditEventRepository events;

  public Page<AuditEvent> list(String recordType, String recordId, PageRequest page) {
    return events.list(blankToNull(recordType), blankToNull(recordId), page);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
