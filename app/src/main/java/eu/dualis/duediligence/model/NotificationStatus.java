package eu.dualis.duediligence.model;

/** OPEN until the authority's answer (or the withdrawal) is recorded, once. */
public enum NotificationStatus {
  OPEN,
  LICENCE_REQUIRED,
  NO_LICENCE_REQUIRED,
  WITHDRAWN;

  public boolean isOutcome() {
    return this != OPEN;
  }
}
