package eu.dualis.screening.model;

/** What a listed entity or a screened name is; {@code UNKNOWN} when the caller cannot tell. */
public enum EntityType {
  PERSON,
  ORGANISATION,
  VESSEL,
  AIRCRAFT,
  UNKNOWN
}
