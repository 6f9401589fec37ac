package eu.dualis.exportcheck.model;

/** A red flag about the stated end use that brings a catch-all into play. */
public enum EndUseConcern {
  /** Chemical, biological or nuclear weapons or missiles to deliver them: Art. 4(1)(a). */
  WMD("Art. 4(1)(a)"),
  /** Military end use in a country under an arms embargo: Art. 4(1)(b). */
  MILITARY_END_USE("Art. 4(1)(b)"),
  /** Parts of military items exported without authorisation: Art. 4(1)(c). */
  MILITARY_ITEMS_UNLICENSED("Art. 4(1)(c)"),
  /** Internal repression or serious violations of human rights or IHL: Art. 5(1). */
  INTERNAL_REPRESSION("Art. 5(1)");

  private final String article;

  EndUseConcern(String article) {
    this.article = article;
  }

  public String article() {
    return article;
  }
}
