package eu.dualis.classification.model;

/** The result of classifying a product against Annex I. */
public enum ClassificationOutcome {
  /** Controlled under one or more entry codes: exporting it needs a licence (Art. 3(1)). */
  LISTED,
  /** Not on the list; the reason says why (and Art. 4/5 catch-alls may still apply). */
  NOT_LISTED
}
