package eu.dualis.classification.model;

/**
 * Whether a version is the legal text or an orientation aid: a bundled index of headline entries is
 * never to be mistaken for the official consolidated Annex I.
 */
public enum ControlListKind {
  /** Imported from the official text (EUR-Lex consolidated XHTML) or a curated full list. */
  OFFICIAL,
  /** Headline entries for orientation only; not the legal text. */
  INDEX
}
