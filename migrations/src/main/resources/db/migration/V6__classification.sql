-- Classifications: a tenant's dated judgement of a product against one control list version.
-- Never overwritten: a new judgement is a new row; only a draft's approval is recorded on it.
CREATE TABLE classification (
  id                      CHAR(36)      NOT NULL,
  tenant_id               VARCHAR(63)   NOT NULL,
  product_id              CHAR(36)      NOT NULL,
  control_list_version_id CHAR(36)      NOT NULL,
  outcome                 VARCHAR(16)   NOT NULL,
  entry_codes             VARCHAR(2000) NULL,
  not_listed_reason       VARCHAR(4000) NULL,
  cyber_surveillance      VARCHAR(16)   NOT NULL,
  rationale               TEXT          NOT NULL,
  document_refs           VARCHAR(4000) NULL,
  status                  VARCHAR(16)   NOT NULL,
  author                  VARCHAR(200)  NOT NULL,
  created_at              TIMESTAMP(6)  NOT NULL,
  approved_by             VARCHAR(200)  NULL,
  approved_at             TIMESTAMP(6)  NULL,
  version                 BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_classification_product (tenant_id, product_id, created_at),
  KEY ix_classification_status (tenant_id, status, approved_at),
  CONSTRAINT fk_classification_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  KEY ix_classification_version (tenant_id, control_list_version_id),
  CONSTRAINT fk_classification_product FOREIGN KEY (tenant_id, product_id) REFERENCES product (tenant_id, id)
  -- No foreign key to control_list_version: InnoDB would add an index led by the version id, and
  -- every index here is led by tenant_id. Versions are immutable reference data, never deleted.
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per entry code of a classification, for "which products are classified under 5A002?".
CREATE TABLE classification_code (
  tenant_id         VARCHAR(63) NOT NULL,
  classification_id CHAR(36)    NOT NULL,
  code              VARCHAR(64) NOT NULL,
  PRIMARY KEY (tenant_id, classification_id, code),
  KEY ix_classification_code_code (tenant_id, code),
  CONSTRAINT fk_classification_code FOREIGN KEY (tenant_id, classification_id) REFERENCES classification (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
