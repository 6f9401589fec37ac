-- Export checks: one row per check, evidence, never changed. A re-run is a new row naming the
-- check it re-runs (rerun_of); all checks of one export share the first one's id (lineage_id).
-- The inputs, the facts the rules read, the result and the list versions used are kept as JSON as
-- the user saw them. Tenant-owned: tenant_id leads every index; no foreign keys to global tables.
CREATE TABLE export_check (
  id            CHAR(36)      NOT NULL,
  tenant_id     VARCHAR(63)   NOT NULL,
  lineage_id    CHAR(36)      NOT NULL,
  rerun_of      CHAR(36)      NULL,
  reference     VARCHAR(100)  NOT NULL,
  destination   CHAR(2)       NOT NULL,
  end_use       VARCHAR(2000) NOT NULL,
  determination VARCHAR(32)   NOT NULL,
  input         MEDIUMTEXT    NOT NULL,
  facts         MEDIUMTEXT    NOT NULL,
  result        MEDIUMTEXT    NOT NULL,
  versions_used MEDIUMTEXT    NOT NULL,
  checked_by    VARCHAR(200)  NOT NULL,
  checked_at    TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_export_check_time (tenant_id, checked_at),
  KEY ix_export_check_lineage (tenant_id, lineage_id, checked_at),
  KEY ix_export_check_rerun (tenant_id, rerun_of),
  KEY ix_export_check_determination (tenant_id, determination, checked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The shipment of a released export: recorded once per export check, with the licence usages it
-- caused (see licence_usage.export_check_id). Evidence: kept five years after the year of export
-- (Art. 27), never changed.
CREATE TABLE export_shipment (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(63)   NOT NULL,
  export_check_id CHAR(36)      NOT NULL,
  shipped_on      DATE          NOT NULL,
  recorded_by     VARCHAR(200)  NOT NULL,
  recorded_at     TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY ux_export_shipment_check (tenant_id, export_check_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
