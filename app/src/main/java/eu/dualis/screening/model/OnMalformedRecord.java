package eu.dualis.screening.model;

/**
 * What an import does with a record it cannot read. The choice is made explicitly by whoever
 * imports and is shown in the import report: a sanctions list with silently dropped entries would
 * let a listed party through.
 */
public enum OnMalformedRecord {
  /** The whole file is refused and the version in force stays in force. The default. */
  REJECT_FILE,
  /** The record is left out, reported with its position, and the rest is imported. */
  SKIP_RECORD
}
