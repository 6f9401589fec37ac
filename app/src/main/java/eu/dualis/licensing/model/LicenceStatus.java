package eu.dualis.licensing.model;

/**
 * Where a licence stands. ACTIVE, SUSPENDED and REVOKED are what the authority decided and an
 * officer records; EXPIRED is never stored: it follows from the date ({@link Licence#statusOn}).
 */
public enum LicenceStatus {
  ACTIVE,
  SUSPENDED,
  REVOKED,
  EXPIRED
}
