package eu.dualis.screening.model;

/** The answer of one screening. */
public enum ScreeningStatus {
  CLEAR,
  POTENTIAL_MATCH
}
