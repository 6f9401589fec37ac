-- Training, the third core element of an Internal Compliance Programme (Recommendation (EU)
-- 2019/1318): courses, the people who must follow them, which roles need which course, and the
-- records that prove it. All tenant-owned: tenant_id leads every index; no foreign key to a global
-- table. Training records, certificates and reminders are evidence (Art. 27): never changed or
-- deleted; a wrong record is corrected by a newer one.
CREATE TABLE training_course (
  id                 CHAR(36)       NOT NULL,
  tenant_id          VARCHAR(63)    NOT NULL,
  title              VARCHAR(200)   NOT NULL,
  kind               VARCHAR(24)    NOT NULL,
  -- NULL: the course does not expire.
  validity_months    INT            NULL,
  owner              VARCHAR(200)   NOT NULL,
  description        TEXT           NULL,
  created_at         TIMESTAMP(6)   NOT NULL,
  updated_at         TIMESTAMP(6)   NOT NULL,
  version            BIGINT         NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY ux_training_course_title (tenant_id, title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person who must be trained; deactivated, never deleted, once they leave.
CREATE TABLE training_trainee (
  id                 CHAR(36)       NOT NULL,
  tenant_id          VARCHAR(63)    NOT NULL,
  name               VARCHAR(200)   NOT NULL,
  email              VARCHAR(254)   NOT NULL,
  -- Normalised: trimmed, lower case, single spaces.
  job_role           VARCHAR(100)   NOT NULL,
  active             BOOLEAN        NOT NULL,
  created_at         TIMESTAMP(6)   NOT NULL,
  updated_at         TIMESTAMP(6)   NOT NULL,
  version            BIGINT         NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY ux_training_trainee_email (tenant_id, email),
  KEY ix_training_trainee_role (tenant_id, job_role, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People in job_role must hold a valid record of course_id.
CREATE TABLE training_requirement (
  id                 CHAR(36)       NOT NULL,
  tenant_id          VARCHAR(63)    NOT NULL,
  job_role           VARCHAR(100)   NOT NULL,
  course_id          CHAR(36)       NOT NULL,
  created_by         VARCHAR(200)   NOT NULL,
  created_at         TIMESTAMP(6)   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY ux_training_requirement (tenant_id, job_role, course_id),
  KEY ix_training_requirement_course (tenant_id, course_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One completed (or failed) training: append-only evidence.
CREATE TABLE training_record (
  id                 CHAR(36)       NOT NULL,
  tenant_id          VARCHAR(63)    NOT NULL,
  trainee_id         CHAR(36)       NOT NULL,
  course_id          CHAR(36)       NOT NULL,
  completed_on       DATE           NOT NULL,
  result             VARCHAR(16)    NOT NULL,
  score              INT            NULL,
  -- completed_on + the course's validity when recorded; NULL: does not expire.
  expires_on         DATE           NULL,
  recorded_by        VARCHAR(200)   NOT NULL,
  recorded_at        TIMESTAMP(6)   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_training_record_completed (tenant_id, completed_on, recorded_at),
  KEY ix_training_record_trainee (tenant_id, trainee_id, course_id, completed_on),
  KEY ix_training_record_course (tenant_id, course_id, completed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The certificate of a record, at most one, kept with its SHA-256; never changed or removed.
CREATE TABLE training_certificate (
  id                 CHAR(36)       NOT NULL,
  tenant_id          VARCHAR(63)    NOT NULL,
  record_id          CHAR(36)       NOT NULL,
  filename           VARCHAR(255)   NOT NULL,
  content_type       VARCHAR(32)    NOT NULL,
  size_bytes         BIGINT         NOT NULL,
  sha256             CHAR(64)       NOT NULL,
  content            LONGBLOB       NOT NULL,
  uploaded_by        VARCHAR(200)   NOT NULL,
  uploaded_at        TIMESTAMP(6)   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY ux_training_certificate_record (tenant_id, record_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder that a record expires (DUE_60, DUE_30) or has (OVERDUE): raised once per record and kind.
CREATE TABLE training_reminder (
  id                 CHAR(36)       NOT NULL,
  tenant_id          VARCHAR(63)    NOT NULL,
  record_id          CHAR(36)       NOT NULL,
  kind               VARCHAR(16)    NOT NULL,
  raised_at          TIMESTAMP(6)   NOT NULL,
  acknowledged_by    VARCHAR(200)   NULL,
  acknowledged_at    TIMESTAMP(6)   NULL,
  version            BIGINT         NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY ux_training_reminder_once (tenant_id, record_id, kind),
  KEY ix_training_reminder_open (tenant_id, acknowledged_at, raised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
