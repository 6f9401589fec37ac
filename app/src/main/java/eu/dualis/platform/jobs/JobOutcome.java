package eu.dualis.platform.jobs;

/** Where a job run stands: running until it ends one way or the other. */
public enum JobOutcome {
  RUNNING,
  SUCCEEDED,
  FAILED
}
