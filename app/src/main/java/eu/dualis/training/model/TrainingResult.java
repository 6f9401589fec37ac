package eu.dualis.training.model;

/** The outcome of one attempt; ATTENDED counts as completed for courses without an exam. */
public enum TrainingResult {
  PASSED,
  FAILED,
  ATTENDED
}
