package eu.dualis.audit.model;

/** What happened to the record. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE
}
