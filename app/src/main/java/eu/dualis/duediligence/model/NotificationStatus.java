package eu.dualis.duediligence.model;

public enum NotificationStatus {
  OPEN,
  LICENCE_REQUIRED,
  NO_LICENCE_REQUIRED,
  WITHDRAWN
}
