-- Control lists (Annex I of Regulation (EU) 2021/821 and other lists): global reference data, not
-- tenant-owned. Versions are kept side by side and never changed after import.
CREATE TABLE control_list_version (
  id            CHAR(36)     NOT NULL,
  source_id     VARCHAR(100) NOT NULL,
  title         VARCHAR(1000) NOT NULL,
  applies_from  DATE         NULL,
  kind          VARCHAR(16)  NOT NULL,
  source_format VARCHAR(16)  NOT NULL,
  checksum      CHAR(64)     NOT NULL,
  entry_count   INT          NOT NULL,
  imported_at   TIMESTAMP(6) NOT NULL,
  imported_by   VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_control_list_version_checksum (checksum),
  KEY ix_control_list_version_applies (applies_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE control_list_entry (
  version_id    CHAR(36)     NOT NULL,
  code          VARCHAR(64)  NOT NULL,
  parent_code   VARCHAR(64)  NULL,
  position      INT          NOT NULL,
  category      TINYINT      NOT NULL,
  product_group CHAR(1)      NOT NULL,
  regime        VARCHAR(32)  NOT NULL,
  own_text      MEDIUMTEXT   NOT NULL,
  full_text     MEDIUMTEXT   NOT NULL,
  notes         MEDIUMTEXT   NULL,
  text_hash     CHAR(64)     NOT NULL,
  PRIMARY KEY (version_id, code),
  KEY ix_control_list_entry_parent (version_id, parent_code),
  KEY ix_control_list_entry_position (version_id, position),
  CONSTRAINT fk_control_list_entry_version FOREIGN KEY (version_id) REFERENCES control_list_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
