package eu.dualis.licensing.model;

/** Why a licence needs attention: its end is near, or what it still allows runs low. */
public enum AlertKind {
  EXPIRY_90(90),
  EXPIRY_30(30),
  EXPIRY_7(7),
  LOW_QUANTITY(0),
  LOW_VALUE(0);

  private final int daysBefore;

  AlertKind(int daysBefore) {
    this.daysBefore = daysBefore;
  }

  /** For expiry alerts: raised this many days (or fewer) before the last valid day. */
  public int daysBefore() {
    return daysBefore;
  }

  public boolean isExpiry() {
    return daysBefore > 0;
  }
}
