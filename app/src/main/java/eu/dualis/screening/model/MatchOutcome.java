package eu.dualis.screening.model;

/** An officer's decision on a hit. */
public enum MatchOutcome {
  /** The party is the listed entity: it is blocked. */
  TRUE_MATCH,
  /** The party is not the listed entity; remembered for this party and this entry. */
  FALSE_POSITIVE
}
