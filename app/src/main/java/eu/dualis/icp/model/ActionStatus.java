package eu.dualis.icp.model;

/** Where a corrective action stands. */
public enum ActionStatus {
  OPEN,
  DONE
}
