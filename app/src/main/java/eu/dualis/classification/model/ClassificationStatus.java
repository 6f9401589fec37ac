package eu.dualis.classification.model;

/** A classification is written as a draft and counts only once a second officer approved it. */
public enum ClassificationStatus {
  DRAFT,
  APPROVED
}
