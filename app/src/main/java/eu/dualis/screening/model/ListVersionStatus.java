package eu.dualis.screening.model;

/** Where a list version is in its life. Only an {@code IN_FORCE} version is screened against. */
public enum ListVersionStatus {
  /** Its entities are being written; nobody screens against it yet. */
  IMPORTING,
  IN_FORCE,
  /** A newer version of the same list replaced it; kept as evidence of past screenings. */
  SUPERSEDED,
  /** The import failed; its entities were removed, its report says why. */
  FAILED
}
