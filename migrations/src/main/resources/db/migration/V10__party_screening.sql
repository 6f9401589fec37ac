-- Parties (customers, consignees, end users, intermediaries), screenings, the hits raised to the
-- compliance worklist and the officers' match decisions. All tenant-owned: tenant_id leads every
-- index. No foreign key to the global list tables (see V6); list entries are named by their
-- source and reference, which outlive any one list version.
CREATE TABLE party (
  id            CHAR(36)      NOT NULL,
  tenant_id     VARCHAR(63)   NOT NULL,
  role          VARCHAR(16)   NOT NULL,
  entity_type   VARCHAR(16)   NOT NULL,
  name          VARCHAR(500)  NOT NULL,
  address       VARCHAR(1000) NULL,
  country       CHAR(2)       NULL,
  date_of_birth VARCHAR(10)   NULL,
  identifiers   VARCHAR(1000) NULL,
  reference     VARCHAR(100)  NULL,
  status        VARCHAR(16)   NOT NULL,
  -- SHA-256 of what screening looks at (name, type, country, date of birth, identifiers): a
  -- false-positive decision holds while it is unchanged.
  screening_key CHAR(64)      NOT NULL,
  last_screened_at TIMESTAMP(6) NULL,
  created_at    TIMESTAMP(6)  NOT NULL,
  updated_at    TIMESTAMP(6)  NOT NULL,
  version       BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_party_name (tenant_id, name),
  KEY ix_party_status (tenant_id, status, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One check of a name against the list versions in force: evidence, never changed.
CREATE TABLE screening (
  id            CHAR(36)      NOT NULL,
  tenant_id     VARCHAR(63)   NOT NULL,
  screened_at   TIMESTAMP(6)  NOT NULL,
  screened_by   VARCHAR(200)  NOT NULL,
  purpose       VARCHAR(16)   NOT NULL,
  party_id      CHAR(36)      NULL,
  query_name    VARCHAR(500)  NOT NULL,
  query_type    VARCHAR(16)   NOT NULL,
  query_country CHAR(2)       NULL,
  query_dob     VARCHAR(10)   NULL,
  query_identifiers VARCHAR(1000) NULL,
  threshold     DECIMAL(4,3)  NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  hit_count     INT           NOT NULL,
  suppressed_count INT        NOT NULL,
  -- JSON: the list versions used ([{source, versionId, publishedOn, ...}]) and the ranked hits
  -- with their explanations, as shown to the user at the time.
  list_versions MEDIUMTEXT    NOT NULL,
  hits          MEDIUMTEXT    NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_screening_time (tenant_id, screened_at),
  KEY ix_screening_party (tenant_id, party_id, screened_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A potential match on the compliance worklist: one listed entity found for one screening.
CREATE TABLE hit (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(63)   NOT NULL,
  screening_id    CHAR(36)      NOT NULL,
  party_id        CHAR(36)      NULL,
  list_source     VARCHAR(32)   NOT NULL,
  list_reference  VARCHAR(100)  NOT NULL,
  list_version_id CHAR(36)      NOT NULL,
  entity_hash     CHAR(64)      NOT NULL,
  listed_name     VARCHAR(1000) NOT NULL,
  matched_name    VARCHAR(1000) NOT NULL,
  score           DECIMAL(4,3)  NOT NULL,
  explanation     MEDIUMTEXT    NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  raised_at       TIMESTAMP(6)  NOT NULL,
  raised_by       VARCHAR(200)  NOT NULL,
  decision_id     CHAR(36)      NULL,
  version         BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_hit_status (tenant_id, status, raised_at),
  KEY ix_hit_party (tenant_id, party_id, list_source, list_reference),
  KEY ix_hit_screening (tenant_id, screening_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An officer's decision on a hit: evidence, never changed. A FALSE_POSITIVE for a party is
-- remembered while both the party's screening_key and the entry's entity_hash stay the same.
CREATE TABLE match_decision (
  id             CHAR(36)      NOT NULL,
  tenant_id      VARCHAR(63)   NOT NULL,
  hit_id         CHAR(36)      NOT NULL,
  party_id       CHAR(36)      NULL,
  list_source    VARCHAR(32)   NOT NULL,
  list_reference VARCHAR(100)  NOT NULL,
  entity_hash    CHAR(64)      NOT NULL,
  screening_key  CHAR(64)      NULL,
  outcome        VARCHAR(16)   NOT NULL,
  justification  VARCHAR(4000) NOT NULL,
  decided_by     VARCHAR(200)  NOT NULL,
  decided_at     TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_match_decision_memory (tenant_id, party_id, list_source, list_reference),
  KEY ix_match_decision_time (tenant_id, decided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
