package eu.dualis.exportcheck.model;

/**
 * Every rule an export check applies, with the article it rests on (Regulation (EU) 2021/821 unless
 * another act is named). A reason carries its rule; the user sees the article beside it.
 */
public enum Rule {
  /** A product without an approved classification cannot be judged under Art. 3(1) and Annex I. */
  UNCLASSIFIED_ITEM(Determination.HOLD, "Art. 3(1), Annex I"),
  /** A listed item leaving the EU customs territory needs an authorisation: Art. 3(1). */
  LISTED_ITEM_LICENCE_REQUIRED(Determination.LICENCE_REQUIRED, "Art. 3(1)"),
  /** A registered general authorisation or a valid licence covers the entry: Art. 12. */
  COVERED_BY_AUTHORISATION(Determination.RELEASE, "Art. 12"),
  /**
   * Art. 3(1) controls exports out of the Union; transfers within it need none (Art. 11: Annex IV
   * items excepted).
   */
  INTRA_EU_TRANSFER(Determination.RELEASE, "Art. 3(1), Art. 11"),
  /** Not in Annex I: no Art. 3 licence; the catch-alls of Art. 4 and 5 are checked separately. */
  NOT_LISTED(Determination.RELEASE, "Annex I"),
  /**
   * A party on the worklist with an open potential match: EU restrictive measures (asset freeze).
   */
  PARTY_POTENTIAL_MATCH(Determination.HOLD, "EU restrictive measures (Art. 215 TFEU)"),
  /**
   * A party confirmed as a listed person or entity: no economic resources may be made available.
   */
  PARTY_CONFIRMED_MATCH(Determination.HOLD, "EU restrictive measures (Art. 215 TFEU)"),
  /** The destination is under an EU arms embargo or sanctions regime; the regime names its act. */
  EMBARGOED_DESTINATION(Determination.HOLD, "EU restrictive measures"),
  /** A non-listed cyber-surveillance item: Art. 5 due diligence (Recommendation (EU) 2024/2659). */
  CYBER_SURVEILLANCE_ITEM(Determination.DUE_DILIGENCE_REQUIRED, "Art. 5(1), Art. 5(2)"),
  /** A red flag the officer ticked about the end use (the concern names its article). */
  END_USE_CONCERN(Determination.DUE_DILIGENCE_REQUIRED, "Art. 4(1), Art. 5(1)"),
  /** A word in the stated end use that raises an Art. 4 or Art. 5 red flag. */
  END_USE_WORDING(Determination.DUE_DILIGENCE_REQUIRED, "Art. 4(1), Art. 5(1)"),
  /** An approved due-diligence file for this end user and item decided to proceed. */
  DUE_DILIGENCE_PROCEED(Determination.RELEASE, "Recommendation (EU) 2024/2659"),
  /** The due diligence found intended misuse: the exporter must notify the authority, Art. 5(2). */
  DUE_DILIGENCE_NOTIFY(Determination.HOLD, "Art. 5(2)"),
  /** The due diligence refused the transaction. */
  DUE_DILIGENCE_REFUSED(Determination.HOLD, "Recommendation (EU) 2024/2659"),
  /** A catch-all notification concerning the export is open: hold until the authority answers. */
  OPEN_CATCH_ALL_NOTIFICATION(Determination.HOLD, "Art. 4, Art. 5"),
  /** The authority has decided that a licence is required: Art. 4(1) or Art. 5(1). */
  AUTHORITY_REQUIRES_LICENCE(Determination.LICENCE_REQUIRED, "Art. 4(1), Art. 5(1)"),
  /** The authority answered a notification: no licence required. */
  AUTHORITY_NO_LICENCE_REQUIRED(Determination.RELEASE, "Art. 4(2), Art. 5(2)");

  private final Determination effect;
  private final String article;

  Rule(Determination effect, String article) {
    this.effect = effect;
    this.article = article;
  }

  /** The determination this rule leads to when it applies without qualification. */
  public Determination effect() {
    return effect;
  }

  /** The article the rule rests on, as users read it. */
  public String article() {
    return article;
  }
}
