package eu.dualis.audit.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;

/** Append and read; there is deliberately no update or delete. */
public interface AuditEventRepository {

  void append(AuditEvent event);

  /** Newest first, optionally only the events of one record type and id. */
  Page<AuditEvent> list(String recordType, String recordId, PageRequest page);
}
