-- The seven core elements of an Internal Compliance Programme (Commission Recommendation (EU)
-- 2019/1318): the records that prove each works. Tenant-owned: tenant_id leads the primary key and
-- every index. Evidence (Art. 27 of Regulation (EU) 2021/821): rows are never overwritten; a change
-- is a new row (revision, new version of a document, a new review), and only the end of an office,
-- a document's successor and a corrective action's completion are added to an existing row.

-- Element 1: the management's signed commitment statement, one row per revision.
CREATE TABLE icp_commitment (
  id                 CHAR(36)      NOT NULL,
  tenant_id          VARCHAR(63)   NOT NULL,
  revision           INT           NOT NULL,
  statement          TEXT          NOT NULL,
  signed_by_name     VARCHAR(200)  NOT NULL,
  signed_by_function VARCHAR(200)  NOT NULL,
  signed_on          DATE          NOT NULL,
  published_where    VARCHAR(500)  NOT NULL,
  recorded_by        VARCHAR(200)  NOT NULL,
  recorded_at        TIMESTAMP(6)  NOT NULL,
  version            BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_icp_commitment_signed (tenant_id, signed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Element 2: export control officers, deputies, the responsible board member and others.
CREATE TABLE icp_role (
  id               CHAR(36)      NOT NULL,
  tenant_id        VARCHAR(63)   NOT NULL,
  person           VARCHAR(200)  NOT NULL,
  role_function    VARCHAR(32)   NOT NULL,
  responsibilities TEXT          NOT NULL,
  fte              DECIMAL(5, 2) NOT NULL,
  valid_from       DATE          NOT NULL,
  valid_to         DATE          NULL,
  recorded_by      VARCHAR(200)  NOT NULL,
  recorded_at      TIMESTAMP(6)  NOT NULL,
  version          BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_icp_role_function (tenant_id, role_function, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Procedure and policy documents of elements 1, 2, 4, 5, 6 and 7 (PDF, PNG, JPEG up to 10 MB); the
-- SHA-256 proves a copy shown later is the one kept.
CREATE TABLE icp_document (
  id             CHAR(36)      NOT NULL,
  tenant_id      VARCHAR(63)   NOT NULL,
  element        VARCHAR(16)   NOT NULL,
  title          VARCHAR(300)  NOT NULL,
  version_label  VARCHAR(50)   NOT NULL,
  effective_from DATE          NOT NULL,
  review_due     DATE          NOT NULL,
  filename       VARCHAR(255)  NOT NULL,
  content_type   VARCHAR(32)   NOT NULL,
  size_bytes     BIGINT        NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  content        LONGBLOB      NOT NULL,
  supersedes     CHAR(36)      NULL,
  superseded_by  CHAR(36)      NULL,
  superseded_on  DATE          NULL,
  uploaded_by    VARCHAR(200)  NOT NULL,
  uploaded_at    TIMESTAMP(6)  NOT NULL,
  version        BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_icp_document_element (tenant_id, element, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Element 5: audits and performance reviews with their findings.
CREATE TABLE icp_audit (
  id          CHAR(36)      NOT NULL,
  tenant_id   VARCHAR(63)   NOT NULL,
  audited_on  DATE          NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  scope       TEXT          NOT NULL,
  findings    TEXT          NULL,
  recorded_by VARCHAR(200)  NOT NULL,
  recorded_at TIMESTAMP(6)  NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_icp_audit_date (tenant_id, audited_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Element 5: what is done about a finding; only its completion is added later.
CREATE TABLE icp_corrective_action (
  id          CHAR(36)      NOT NULL,
  tenant_id   VARCHAR(63)   NOT NULL,
  audit_id    CHAR(36)      NOT NULL,
  finding     TEXT          NULL,
  description TEXT          NOT NULL,
  owner       VARCHAR(200)  NOT NULL,
  due_on      DATE          NOT NULL,
  status      VARCHAR(8)    NOT NULL,
  done_on     DATE          NULL,
  recorded_by VARCHAR(200)  NOT NULL,
  recorded_at TIMESTAMP(6)  NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_icp_action_audit (tenant_id, audit_id),
  KEY ix_icp_action_due (tenant_id, status, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Element 6: the recordkeeping policy, one row per revision; retention as KIND=years lines, each at
-- least five years (Art. 27), checked by the application.
CREATE TABLE icp_recordkeeping_policy (
  id             CHAR(36)      NOT NULL,
  tenant_id      VARCHAR(63)   NOT NULL,
  revision       INT           NOT NULL,
  policy_text    TEXT          NOT NULL,
  retention      VARCHAR(1000) NOT NULL,
  effective_from DATE          NOT NULL,
  recorded_by    VARCHAR(200)  NOT NULL,
  recorded_at    TIMESTAMP(6)  NOT NULL,
  version        BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_icp_policy_effective (tenant_id, effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Element 7: physical and information security measures, one row per review.
CREATE TABLE icp_security_measure (
  id          CHAR(36)      NOT NULL,
  tenant_id   VARCHAR(63)   NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  description TEXT          NOT NULL,
  reviewed_on DATE          NOT NULL,
  recorded_by VARCHAR(200)  NOT NULL,
  recorded_at TIMESTAMP(6)  NOT NULL,
  version     BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_icp_measure_kind (tenant_id, kind, reviewed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
