package eu.dualis.icp.model;

/** TEMP stub of the ICP contract; the ICP branch brings the real one. */
public enum IcpElement {
  COMMITMENT,
  ORGANISATION,
  TRAINING,
  SCREENING,
  AUDITS,
  RECORDKEEPING,
  SECURITY
}
