package eu.dualis.exportcheck.service;

import java.time.LocalDate;

/**
 * One measure of an EU arms embargo or sanctions regime that bears on exports to a country, as the
 * embargo table states it.
 *
 * @param country ISO 3166-1 alpha-2, upper case
 * @param regime the regime and article as users read it, e.g. "Russia — Council Regulation (EU) No
 *     833/2014, Art. 2 (dual-use export ban)"
 * @param legalAct the act or acts that impose the measure
 * @param note what was verified of this row and what was not
 */
public record EmbargoRegime(
    String country,
    String regime,
    String legalAct,
    Measure measure,
    LocalDate inForceSince,
    String note) {

  /** What the measure restricts. */
  public enum Measure {
    /** Every export of arms to the country (and, by Art. 4(1)(b), catch-all for military use). */
    ARMS_EMBARGO,
    /** Every end user except the government and its forces. */
    ARMS_EMBARGO_NON_STATE,
    /** A ban on (some) dual-use items; the regime names its scope. */
    DUAL_USE_BAN,
    INTERNAL_REPRESSION_EQUIPMENT,
    /**
     * Listed persons and entities only: screening finds them, the country as such is not barred.
     */
    TARGETED_ONLY,
    /** Not a legal act, so not an embargo within Art. 4(1)(b) of Regulation (EU) 2021/821. */
    POLITICAL_DECLARATION
  }

  public boolean inForceOn(LocalDate day) {
    return !inForceSince.isAfter(day);
  }

  /** Only listed persons are embargoed: an export there is not held for the country alone. */
  public boolean targetedOnly() {
    return measure == Measure.TARGETED_ONLY;
  }

  /**
   * Whether the measure holds every export to the country until an officer looks at it: all but the
   * targeted ones (screening covers those) and political declarations (no legal obligation).
   */
  public boolean holdsEveryExport() {
    return measure != Measure.TARGETED_ONLY && measure != Measure.POLITICAL_DECLARATION;
  }
}
