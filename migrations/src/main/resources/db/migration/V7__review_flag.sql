-- Review flags: a current classification that a control list change may have made wrong.
-- Unique per classification, new version and code, so that an impact run raises each flag once.
CREATE TABLE review_flag (
  id                CHAR(36)      NOT NULL,
  tenant_id         VARCHAR(63)   NOT NULL,
  classification_id CHAR(36)      NOT NULL,
  product_id        CHAR(36)      NOT NULL,
  from_version_id   CHAR(36)      NOT NULL,
  to_version_id     CHAR(36)      NOT NULL,
  code              VARCHAR(64)   NOT NULL,
  change_kind       VARCHAR(16)   NOT NULL,
  old_text          MEDIUMTEXT    NULL,
  new_text          MEDIUMTEXT    NULL,
  status            VARCHAR(16)   NOT NULL,
  raised_at         TIMESTAMP(6)  NOT NULL,
  resolution        VARCHAR(32)   NULL,
  resolution_note   VARCHAR(4000) NULL,
  resolved_by       VARCHAR(200)  NULL,
  resolved_at       TIMESTAMP(6)  NULL,
  version           BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uk_review_flag_once (tenant_id, classification_id, to_version_id, code),
  KEY ix_review_flag_status (tenant_id, status, raised_at),
  CONSTRAINT fk_review_flag_classification FOREIGN KEY (tenant_id, classification_id) REFERENCES classification (tenant_id, id)
  -- No foreign key to control_list_version (see V6): every index here is led by tenant_id.
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
