-- Products a tenant exports. Tenant-owned: tenant_id NOT NULL, every index led by tenant_id.
CREATE TABLE product (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(63)   NOT NULL,
  name            VARCHAR(200)  NOT NULL,
  part_number     VARCHAR(64)   NOT NULL,
  description     VARCHAR(4000) NULL,
  manufacturer    VARCHAR(200)  NULL,
  cn_code         CHAR(8)       NULL,
  technical_notes VARCHAR(4000) NULL,
  created_by      VARCHAR(200)  NOT NULL,
  created_at      TIMESTAMP(6)  NOT NULL,
  updated_by      VARCHAR(200)  NOT NULL,
  updated_at      TIMESTAMP(6)  NOT NULL,
  version         BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uk_product_part_number (tenant_id, part_number),
  KEY ix_product_name (tenant_id, name),
  KEY ix_product_updated (tenant_id, updated_at),
  CONSTRAINT fk_product_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
