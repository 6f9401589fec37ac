package eu.dualis.screening.model;

/** A hit on the worklist waits for an officer, or was decided. */
public enum HitStatus {
  OPEN,
  DECIDED
}
