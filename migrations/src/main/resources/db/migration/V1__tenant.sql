-- Tenants: one row per customer company. Every tenant-owned table references it.
CREATE TABLE tenant (
  id           VARCHAR(63)  NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  created_by   VARCHAR(200) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
