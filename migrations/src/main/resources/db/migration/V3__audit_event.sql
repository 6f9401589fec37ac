-- Append-only audit trail. The application only inserts; the triggers below refuse UPDATE and
-- DELETE so that not even a bug (or a stray SQL console) can rewrite evidence.
CREATE TABLE audit_event (
  id           CHAR(36)     NOT NULL,
  tenant_id    VARCHAR(63)  NOT NULL,
  occurred_at  TIMESTAMP(6) NOT NULL,
  actor        VARCHAR(200) NOT NULL,
  action       VARCHAR(32)  NOT NULL,
  record_type  VARCHAR(64)  NOT NULL,
  record_id    VARCHAR(64)  NOT NULL,
  before_state LONGTEXT     NULL,
  after_state  LONGTEXT     NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_audit_event_time (tenant_id, occurred_at),
  KEY ix_audit_event_record (tenant_id, record_type, record_id),
  CONSTRAINT fk_audit_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
