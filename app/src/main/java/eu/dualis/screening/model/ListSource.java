package eu.dualis.screening.model;

/** The sanctions and denied-party lists Dualis imports, each from its publisher's own format. */
public enum ListSource {
  /** EU consolidated list of financial sanctions (Financial Sanctions Files XML). */
  EU_FSF("EU consolidated financial sanctions"),
  /** UN Security Council consolidated list (XML). */
  UN_SC("UN Security Council consolidated list"),
  /** US Treasury OFAC Specially Designated Nationals list (CSV trio or XML). */
  OFAC_SDN("US OFAC SDN list"),
  /** US Consolidated Screening List of trade.gov (CSV). */
  US_CSL("US Consolidated Screening List"),
  /** UK sanctions list (CSV). */
  UK("UK sanctions list"),
  /** OpenSanctions FollowTheMoney entities (JSON lines). */
  OPENSANCTIONS("OpenSanctions");

  private final String title;

  ListSource(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
