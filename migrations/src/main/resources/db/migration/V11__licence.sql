-- The licence register: individual, global and national general licences and registrations to use
-- an EU General Export Authorisation (EU001-EU008, Annex II of Regulation (EU) 2021/821). All
-- tenant-owned: tenant_id leads every index; no foreign key to a global table. Licences, their
-- usages and alerts are evidence kept at least five years (Art. 27): never deleted.
CREATE TABLE licence (
  id                 CHAR(36)       NOT NULL,
  tenant_id          VARCHAR(63)    NOT NULL,
  kind               VARCHAR(20)    NOT NULL,
  number             VARCHAR(100)   NOT NULL,
  authority          VARCHAR(300)   NOT NULL,
  holder             VARCHAR(300)   NOT NULL,
  valid_from         DATE           NOT NULL,
  -- Optional only for EU00x registrations, which run as long as the authorisation does.
  valid_to           DATE           NULL,
  status             VARCHAR(16)    NOT NULL,
  -- Annex I entry codes separated by spaces; a code covers itself and its sub-items.
  entry_codes        VARCHAR(4000)  NOT NULL,
  -- ISO 3166-1 alpha-2 codes separated by spaces.
  destinations       VARCHAR(1000)  NOT NULL,
  quantity_limit     DECIMAL(19,3)  NULL,
  quantity_unit      VARCHAR(20)    NULL,
  value_limit_eur    DECIMAL(19,2)  NULL,
  conditions         TEXT           NULL,
  registered_on      DATE           NULL,
  reporting_duty     VARCHAR(1000)  NULL,
  created_at         TIMESTAMP(6)   NOT NULL,
  updated_at         TIMESTAMP(6)   NOT NULL,
  version            BIGINT         NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY ux_licence_number (tenant_id, number),
  KEY ix_licence_valid_to (tenant_id, valid_to),
  KEY ix_licence_kind (tenant_id, kind, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One export shipped under a licence: append-only. Remaining = limit - sum of usages.
CREATE TABLE licence_usage (
  id                 CHAR(36)       NOT NULL,
  tenant_id          VARCHAR(63)    NOT NULL,
  licence_id         CHAR(36)       NOT NULL,
  export_reference   VARCHAR(100)   NOT NULL,
  export_check_id    CHAR(36)       NULL,
  entry_code         VARCHAR(40)    NOT NULL,
  shipped_on         DATE           NOT NULL,
  quantity           DECIMAL(19,3)  NULL,
  value_eur          DECIMAL(19,2)  NULL,
  recorded_by        VARCHAR(200)   NOT NULL,
  recorded_at        TIMESTAMP(6)   NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_licence_usage_licence (tenant_id, licence_id, shipped_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A warning about a licence (expiry ahead, limit running low): raised once per licence and kind.
CREATE TABLE licence_alert (
  id                 CHAR(36)       NOT NULL,
  tenant_id          VARCHAR(63)    NOT NULL,
  licence_id         CHAR(36)       NOT NULL,
  kind               VARCHAR(16)    NOT NULL,
  raised_at          TIMESTAMP(6)   NOT NULL,
  acknowledged_by    VARCHAR(200)   NULL,
  acknowledged_at    TIMESTAMP(6)   NULL,
  version            BIGINT         NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY ux_licence_alert_once (tenant_id, licence_id, kind),
  KEY ix_licence_alert_open (tenant_id, acknowledged_at, raised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
