package eu.dualis.licensing.model;

/**
 * What sort of authorisation a licence is. EU001-EU008 are registrations to use a Union General
 * Export Authorisation of Annex II of Regulation (EU) 2021/821 (Art. 12(1)(d)); INDIVIDUAL and
 * GLOBAL are granted by the competent authority (Art. 12(1)(a) and (b)); NATIONAL_GENERAL is a
 * Member State's general export authorisation (Art. 12(1)(c), 12(6)).
 */
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
  EU008;

  /** A registration to use one of the EU General Export Authorisations of Annex II. */
  public boolean isUnionGeneral() {
    return name().startsWith("EU");
  }

  /**
   * Which authorisation is used first when several cover a line: general ones, then global, then
   * individual, so that an individual licence's limited quantity is kept for what only it covers.
   */
  public int preference() {
    if (isUnionGeneral()) {
      return 0;
    }
    return switch (this) {
      case NATIONAL_GENERAL -> 1;
      case GLOBAL -> 2;
      default -> 3;
    };
  }

  /** The legal basis as a compliance officer reads it. */
  public String legalBasis() {
    if (isUnionGeneral()) {
      return name()
          + ", Union General Export Authorisation of Annex II Section "
          + (char) ('A' + ordinal() - EU001.ordinal())
          + " of Regulation (EU) 2021/821, Art. 12(1)(d)";
    }
    return switch (this) {
      case INDIVIDUAL ->
          "Individual export authorisation, Art. 12(1)(a) of Regulation (EU) 2021/821";
      case GLOBAL ->
          "Global export authorisation, Art. 12(1)(b) and 12(4) of Regulation (EU) 2021/821";
      default ->
          "National general export authorisation, Art. 12(1)(c) and 12(6) of Regulation (EU)"
              + " 2021/821";
    };
  }
}
