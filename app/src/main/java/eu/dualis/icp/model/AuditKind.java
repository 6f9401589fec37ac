package eu.dualis.icp.model;

/** Who performed an audit of the ICP (element 5). */
public enum AuditKind {
  INTERNAL,
  EXTERNAL,
  /** A visit or audit by the licensing authority itself. */
  AUTHORITY
}
