package eu.dualis.icp.model;

/** The kinds of export-control record a recordkeeping policy sets a retention period for. */
public enum RecordKind {
  CLASSIFICATIONS,
  SCREENINGS,
  EXPORT_CHECKS,
  LICENCES,
  DUE_DILIGENCE,
  TRAINING,
  AUDITS,
  CORRESPONDENCE
}
