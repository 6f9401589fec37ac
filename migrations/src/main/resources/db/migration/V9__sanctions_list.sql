-- Sanctions and denied-party lists: global reference data, not tenant-owned. One row per import
-- of a list file (a list version); versions are never changed after import, except their status.
-- An import writes its entities first (status IMPORTING), then in one short transaction makes the
-- new version IN_FORCE and the one before it SUPERSEDED: a failed import never replaces the
-- version in force.
CREATE TABLE sanctions_list_version (
  id                 CHAR(36)      NOT NULL,
  source             VARCHAR(32)   NOT NULL,
  format             VARCHAR(32)   NOT NULL,
  published_on       DATE          NULL,
  label              VARCHAR(200)  NULL,
  checksum           CHAR(64)      NOT NULL,
  status             VARCHAR(16)   NOT NULL,
  on_malformed       VARCHAR(16)   NOT NULL,
  person_count       INT           NOT NULL DEFAULT 0,
  organisation_count INT           NOT NULL DEFAULT 0,
  vessel_count       INT           NOT NULL DEFAULT 0,
  aircraft_count     INT           NOT NULL DEFAULT 0,
  alias_count        INT           NOT NULL DEFAULT 0,
  skipped_count      INT           NOT NULL DEFAULT 0,
  -- The import report: the malformed records and what was done with them, one per line.
  report             MEDIUMTEXT    NULL,
  demo               BOOLEAN       NOT NULL DEFAULT FALSE,
  imported_at        TIMESTAMP(6)  NOT NULL,
  imported_by        VARCHAR(200)  NOT NULL,
  in_force_from      TIMESTAMP(6)  NULL,
  superseded_at      TIMESTAMP(6)  NULL,
  PRIMARY KEY (id),
  KEY ix_sanctions_list_version_source (source, status, imported_at),
  KEY ix_sanctions_list_version_checksum (source, checksum)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One person, organisation, vessel or aircraft of a list version. Names and identifiers are kept
-- as JSON arrays: the index of every node is rebuilt from this table in one scan.
-- content_hash identifies the entry's substance across versions: a false-positive decision holds
-- until the entry with the same source and reference changes.
CREATE TABLE listed_entity (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  version_id   CHAR(36)      NOT NULL,
  source       VARCHAR(32)   NOT NULL,
  reference    VARCHAR(100)  NOT NULL,
  entity_type  VARCHAR(16)   NOT NULL,
  primary_name VARCHAR(1000) NOT NULL,
  names        MEDIUMTEXT    NOT NULL,
  birth_dates  VARCHAR(1000) NULL,
  countries    VARCHAR(1000) NULL,
  identifiers  MEDIUMTEXT    NULL,
  programmes   VARCHAR(2000) NULL,
  remarks      MEDIUMTEXT    NULL,
  content_hash CHAR(64)      NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_listed_entity_reference (version_id, reference),
  CONSTRAINT fk_listed_entity_version FOREIGN KEY (version_id) REFERENCES sanctions_list_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
