package eu.dualis.training.model;

/** The state of one trainee's required course on a date. */
public enum CellState {
  CURRENT,
  /** Valid, but expires within {@link TrainingMatrix#EXPIRING_DAYS} days. */
  EXPIRING,
  /** Expired, or the latest attempt was FAILED. */
  OVERDUE,
  /** Never attempted (by that date). */
  MISSING
}
