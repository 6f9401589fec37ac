package eu.dualis.exportcheck.model;

/**
 * The outcome of an export check, from least to most strict. An export takes the strictest of its
 * lines. A licence requirement ranks above due diligence because it waits on the authority, while
 * due diligence is the company's own work; a hold stops everything until it is resolved.
 */
public enum Determination {
  RELEASE,
  DUE_DILIGENCE_REQUIRED,
  LICENCE_REQUIRED,
  HOLD;

  public Determination stricter(Determination other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
