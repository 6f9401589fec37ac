package eu.dualis.classification.model;

/**
 * The multilateral regime an Annex I entry comes from, as far as its code tells.
 *
 * <p>The rule follows the structure of Annex I of Regulation (EU) 2021/821 as its introductory
 * notes describe it: the last three digits of an entry code say where the entry comes from, 0xx the
 * Wassenaar Arrangement, 1xx the Missile Technology Control Regime, 2xx the Nuclear Suppliers
 * Group, 3xx the Australia Group, 4xx the Chemical Weapons Convention. Category 0 (nuclear
 * materials, facilities and equipment) is taken from the Nuclear Suppliers Group as a whole, so
 * every category 0 entry is NSG whatever its digits. Other ranges (5xx-9xx) are not regime ranges:
 * the code alone does not say, and {@link #UNKNOWN} says so instead of guessing.
 *
 * <p>The ranges were not checked against the current consolidated text in this code base; check
 * them there before showing them to users as a legal statement.
 */
public enum ExportControlRegime {
  WASSENAAR("Wassenaar Arrangement"),
  MTCR("Missile Technology Control Regime"),
  NSG("Nuclear Suppliers Group"),
  AUSTRALIA_GROUP("Australia Group"),
  CWC("Chemical Weapons Convention"),
  UNKNOWN("Not derivable from the entry code");

  private final String englishName;

  ExportControlRegime(String englishName) {
    this.englishName = englishName;
  }

  public String englishName() {
    return englishName;
  }

  /**
   * The regime of an entry in {@code category} (0-9) with the three-digit {@code number} (0-999),
   * by the rule in the class comment.
   */
  public static ExportControlRegime of(int category, int number) {
    if (category < 0 || category > 9 || number < 0 || number > 999) {
      throw new IllegalArgumentException("no Annex I entry " + category + "/" + number);
    }
    if (category == 0) {
      return NSG;
    }
    return switch (number / 100) {
      case 0 -> WASSENAAR;
      case 1 -> MTCR;
      case 2 -> NSG;
      case 3 -> AUSTRALIA_GROUP;
      case 4 -> CWC;
      default -> UNKNOWN;
    };
  }
}
