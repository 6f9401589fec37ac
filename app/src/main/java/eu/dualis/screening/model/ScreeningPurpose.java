package eu.dualis.screening.model;

/** Why a screening was made. */
public enum ScreeningPurpose {
  /** A name checked by hand (the sales check, or the API). */
  CHECK,
  /** A party created or changed. */
  PARTY,
  /** A new list version: every party screened again. */
  RESCREEN
}
