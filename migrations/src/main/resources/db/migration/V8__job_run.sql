-- Job runs: one row per execution of a scheduled job, on whichever node of the cluster ran it.
-- Platform data, not tenant-owned: a job that works for tenants loops over them inside one run.
-- Progress (done of total) is updated while the run goes on, so that the API can show it.
CREATE TABLE job_run (
  id          CHAR(36)     NOT NULL,
  job_name    VARCHAR(190) NOT NULL,
  -- Quartz trigger key as group.name (both up to 190 characters in the QRTZ_ tables).
  trigger_key VARCHAR(400) NOT NULL,
  -- Quartz scheduler instance id of the node that ran it.
  node        VARCHAR(200) NOT NULL,
  -- An explicit default, so that no server setting can give it ON UPDATE CURRENT_TIMESTAMP and
  -- move the start time with every progress update.
  started_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  finished_at TIMESTAMP(6) NULL,
  outcome     VARCHAR(16)  NOT NULL,
  message     TEXT         NULL,
  done        INT          NOT NULL DEFAULT 0,
  total       INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_job_run_started (started_at),
  KEY ix_job_run_job_started (job_name, started_at),
  KEY ix_job_run_job_outcome (job_name, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
