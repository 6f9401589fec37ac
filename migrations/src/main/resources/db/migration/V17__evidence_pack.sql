-- Evidence packs for a licence application (Art. 12(4) of Regulation (EU) 2021/821): the request
-- and the job's progress in evidence_pack; the assembled ZIP, once, in evidence_pack_content, which
-- the triggers below keep append-only (like audit_event): a later pack never alters an earlier one.
-- Tenant-owned: tenant_id leads every index; no foreign keys to global tables.
CREATE TABLE evidence_pack (
  id             CHAR(36)      NOT NULL,
  tenant_id      VARCHAR(63)   NOT NULL,
  authority      VARCHAR(200)  NOT NULL,
  period_from    DATE          NOT NULL,
  period_to      DATE          NOT NULL,
  entry_codes    VARCHAR(2000) NOT NULL,
  destinations   VARCHAR(1000) NOT NULL,
  language       CHAR(2)       NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  steps_done     INT           NOT NULL,
  steps_total    INT           NOT NULL,
  failure_reason VARCHAR(4000) NULL,
  requested_by   VARCHAR(200)  NOT NULL,
  requested_at   TIMESTAMP(6)  NOT NULL,
  completed_at   TIMESTAMP(6)  NULL,
  content_sha256 CHAR(64)      NULL,
  content_size   BIGINT        NULL,
  pack_hash      CHAR(64)      NULL,
  version        BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_evidence_pack_time (tenant_id, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_pack_content (
  tenant_id  VARCHAR(63)  NOT NULL,
  pack_id    CHAR(36)     NOT NULL,
  sha256     CHAR(64)     NOT NULL,
  size_bytes BIGINT       NOT NULL,
  content    LONGBLOB     NOT NULL,
  stored_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (tenant_id, pack_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER evidence_pack_content_no_update BEFORE UPDATE ON evidence_pack_content FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'evidence_pack_content is append-only';

CREATE TRIGGER evidence_pack_content_no_delete BEFORE DELETE ON evidence_pack_content FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'evidence_pack_content is append-only';

-- A licence application as sent: the pack, the authority, its reference and the licence granted
-- (an id in the licence register, checked by the application). Its status changes are rows of
-- submission_status, never overwritten.
CREATE TABLE submission (
  id                  CHAR(36)     NOT NULL,
  tenant_id           VARCHAR(63)  NOT NULL,
  pack_id             CHAR(36)     NOT NULL,
  authority           VARCHAR(200) NOT NULL,
  sent_on             DATE         NOT NULL,
  authority_reference VARCHAR(200) NULL,
  status              VARCHAR(16)  NOT NULL,
  licence_id          CHAR(36)     NULL,
  created_by          VARCHAR(200) NOT NULL,
  created_at          TIMESTAMP(6) NOT NULL,
  updated_at          TIMESTAMP(6) NOT NULL,
  version             BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_submission_pack (tenant_id, pack_id),
  KEY ix_submission_time (tenant_id, sent_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE submission_status (
  id            CHAR(36)      NOT NULL,
  tenant_id     VARCHAR(63)   NOT NULL,
  submission_id CHAR(36)      NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  status_on     DATE          NOT NULL,
  note          VARCHAR(4000) NULL,
  recorded_by   VARCHAR(200)  NOT NULL,
  recorded_at   TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_submission_status_submission (tenant_id, submission_id, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER submission_status_no_update BEFORE UPDATE ON submission_status FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'submission_status is append-only';

CREATE TRIGGER submission_status_no_delete BEFORE DELETE ON submission_status FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'submission_status is append-only';
