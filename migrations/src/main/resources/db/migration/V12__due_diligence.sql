-- Due-diligence files for cyber-surveillance items (Art. 5 of Regulation (EU) 2021/821,
-- Recommendation (EU) 2024/2659) and their end-use statements. Tenant-owned: tenant_id leads every
-- index. Party, product and export-check ids are plain ids, no foreign keys: a decided file is
-- evidence and must outlive any change elsewhere.
CREATE TABLE due_diligence_file (
  id                 CHAR(36)      NOT NULL,
  tenant_id          VARCHAR(63)   NOT NULL,
  revision           INT           NOT NULL,
  -- The decided or approved file this draft reopens; that file itself is never changed.
  supersedes         CHAR(36)      NULL,
  export_check_id    VARCHAR(36)   NULL,
  end_user_party_id  VARCHAR(36)   NOT NULL,
  -- The end user's name when the file was written, for lists and the PDF.
  end_user_name      VARCHAR(500)  NOT NULL,
  consignee_party_id VARCHAR(36)   NULL,
  -- Product ids separated by spaces.
  product_ids        VARCHAR(2000) NOT NULL,
  destination        CHAR(2)       NOT NULL,
  item_description   MEDIUMTEXT    NULL,
  stated_end_use     MEDIUMTEXT    NULL,
  -- One answer per line: code|PRESENT/ABSENT/NOT_KNOWN|evidence (escaped).
  red_flags          MEDIUMTEXT    NULL,
  risk_level         VARCHAR(8)    NULL,
  risk_assessment    MEDIUMTEXT    NULL,
  mitigations        MEDIUMTEXT    NULL,
  document_id        CHAR(36)      NULL,
  document_name      VARCHAR(255)  NULL,
  document_type      VARCHAR(32)   NULL,
  document_size      BIGINT        NULL,
  document_sha256    CHAR(64)      NULL,
  status             VARCHAR(16)   NOT NULL,
  decision           VARCHAR(16)   NULL,
  rationale          MEDIUMTEXT    NULL,
  decided_by         VARCHAR(200)  NULL,
  decided_at         TIMESTAMP(6)  NULL,
  approved_by        VARCHAR(200)  NULL,
  approved_at        TIMESTAMP(6)  NULL,
  returned_by        VARCHAR(200)  NULL,
  returned_at        TIMESTAMP(6)  NULL,
  return_reason      MEDIUMTEXT    NULL,
  created_by         VARCHAR(200)  NOT NULL,
  created_at         TIMESTAMP(6)  NOT NULL,
  updated_by         VARCHAR(200)  NOT NULL,
  updated_at         TIMESTAMP(6)  NOT NULL,
  version            BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_dd_file_status (tenant_id, status, created_at),
  KEY ix_dd_file_end_user (tenant_id, end_user_party_id, status),
  KEY ix_dd_file_supersedes (tenant_id, supersedes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An uploaded end-use statement (PDF, PNG or JPEG, at most 10 MB): evidence, never changed.
CREATE TABLE due_diligence_document (
  id           CHAR(36)     NOT NULL,
  tenant_id    VARCHAR(63)  NOT NULL,
  file_id      CHAR(36)     NOT NULL,
  name         VARCHAR(255) NOT NULL,
  content_type VARCHAR(32)  NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  content      MEDIUMBLOB   NOT NULL,
  uploaded_by  VARCHAR(200) NOT NULL,
  uploaded_at  TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_dd_document_file (tenant_id, file_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
