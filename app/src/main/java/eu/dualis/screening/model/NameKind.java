package eu.dualis.screening.model;

/** How a list gives a name; a weak alias is one the publisher itself rates as of low quality. */
public enum NameKind {
  PRIMARY,
  ALIAS,
  WEAK_ALIAS,
  /** The name in its original, non-Latin script as the list prints it. */
  ORIGINAL_SCRIPT
}
