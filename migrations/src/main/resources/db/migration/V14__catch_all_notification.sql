-- Catch-all notifications (Art. 4 and 5 of Regulation (EU) 2021/821): the authority informing the
-- company that an item needs a licence, or the company notifying the authority. Tenant-owned:
-- tenant_id leads every index. The product, party and due-diligence file are named by id only (no
-- foreign keys): each is checked through its own capability when the notification is stored.
CREATE TABLE catch_all_notification (
  id                    CHAR(36)      NOT NULL,
  tenant_id             VARCHAR(63)   NOT NULL,
  direction             VARCHAR(16)   NOT NULL,
  article               VARCHAR(16)   NOT NULL,
  authority             VARCHAR(200)  NOT NULL,
  reference             VARCHAR(100)  NOT NULL,
  notified_on           DATE          NOT NULL,
  product_id            CHAR(36)      NULL,
  party_id              CHAR(36)      NULL,
  destination           CHAR(2)       NULL,
  due_diligence_file_id CHAR(36)      NULL,
  notes                 TEXT          NULL,
  status                VARCHAR(24)   NOT NULL,
  -- The outcome: recorded once, never changed (evidence, Art. 27).
  answered_on           DATE          NULL,
  answer_reference      VARCHAR(100)  NULL,
  outcome_recorded_by   VARCHAR(200)  NULL,
  outcome_recorded_at   TIMESTAMP(6)  NULL,
  created_by            VARCHAR(200)  NOT NULL,
  created_at            TIMESTAMP(6)  NOT NULL,
  updated_at            TIMESTAMP(6)  NOT NULL,
  version               BIGINT        NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_catch_all_status (tenant_id, status, notified_on),
  KEY ix_catch_all_date (tenant_id, notified_on),
  KEY ix_catch_all_product (tenant_id, product_id),
  KEY ix_catch_all_party (tenant_id, party_id),
  KEY ix_catch_all_destination (tenant_id, destination)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Letters, forms and answers of a notification (PDF, PNG, JPEG up to 10 MB): evidence, never
-- changed; the SHA-256 proves a copy shown later is the one received.
CREATE TABLE catch_all_notification_document (
  id              CHAR(36)      NOT NULL,
  tenant_id       VARCHAR(63)   NOT NULL,
  notification_id CHAR(36)      NOT NULL,
  filename        VARCHAR(255)  NOT NULL,
  content_type    VARCHAR(32)   NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  content         LONGBLOB      NOT NULL,
  uploaded_by     VARCHAR(200)  NOT NULL,
  uploaded_at     TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_catch_all_document (tenant_id, notification_id, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
