package eu.dualis.screening.service.matching;

/** What besides the name moves a hit's score. */
public enum Qualifier {
  DATE_OF_BIRTH,
  COUNTRY,
  IDENTIFIER,
  ENTITY_TYPE
}
