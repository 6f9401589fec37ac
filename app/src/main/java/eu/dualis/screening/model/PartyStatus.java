package eu.dualis.screening.model;

/** A party's screening status, as sales and export checks see it. */
public enum PartyStatus {
  /** No open potential match, no confirmed match. */
  CLEAR,
  /** At least one hit waits on the compliance worklist. */
  POTENTIAL_MATCH,
  /** An officer confirmed a true match: no business with this party. */
  BLOCKED
}
