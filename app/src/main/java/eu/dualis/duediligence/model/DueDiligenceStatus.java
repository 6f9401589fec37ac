package eu.dualis.duediligence.model;

/** Where a due-diligence file is in its life: only a draft can be edited. */
public enum DueDiligenceStatus {
  DRAFT,
  /** Decided by one compliance officer; waits for a second (four eyes). */
  DECIDED,
  /** Approved by a second compliance officer: evidence, never changed again. */
  APPROVED
}
