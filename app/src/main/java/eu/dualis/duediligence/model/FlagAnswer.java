package eu.dualis.duediligence.model;

/** The answer to one red flag; evidence is required when it is present. */
public enum FlagAnswer {
  PRESENT,
  ABSENT,
  NOT_KNOWN
}
