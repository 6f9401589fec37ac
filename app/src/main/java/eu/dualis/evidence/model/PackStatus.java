package eu.dualis.evidence.model;

/** Where a pack's assembly stands. */
public enum PackStatus {
  REQUESTED,
  ASSEMBLING,
  READY,
  FAILED
}
