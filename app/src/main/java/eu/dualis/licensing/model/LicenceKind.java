package eu.dualis.licensing.model;

public enum LicenceKind {
  INDIVIDUAL,
  GLOBAL,
  NATIONAL_GENERAL,
  EU001,
  EU002,
  EU003,
  EU004,
  EU005,
  EU006,
  EU007,
  EU008
}
