package eu.dualis.duediligence.model;

/**
 * The paragraph of Regulation (EU) 2021/821 a catch-all notification is made under. Art. 4(1) and
 * 5(1): the authority informs the exporter (a licence is then required); Art. 4(2) and 5(2): the
 * exporter, aware of such a use, notifies the authority, which decides.
 */
public enum NotificationArticle {
  /** Art. 4(1)(a): weapons of mass destruction and their delivery systems. */
  ART_4_1_A("Art. 4(1)(a)", NotificationDirection.FROM_AUTHORITY),
  /** Art. 4(1)(b): military end use in a country under arms embargo. */
  ART_4_1_B("Art. 4(1)(b)", NotificationDirection.FROM_AUTHORITY),
  /** Art. 4(1)(c): parts of military items exported without (or against) a licence. */
  ART_4_1_C("Art. 4(1)(c)", NotificationDirection.FROM_AUTHORITY),
  /** Art. 4(2): the exporter is aware of a use in Art. 4(1). */
  ART_4_2("Art. 4(2)", NotificationDirection.TO_AUTHORITY),
  /** Art. 5(1): cyber-surveillance items for internal repression or serious human-rights abuse. */
  ART_5_1("Art. 5(1)", NotificationDirection.FROM_AUTHORITY),
  /** Art. 5(2): the exporter's due diligence found such a use of a cyber-surveillance item. */
  ART_5_2("Art. 5(2)", NotificationDirection.TO_AUTHORITY);

  private final String label;
  private final NotificationDirection direction;

  NotificationArticle(String label, NotificationDirection direction) {
    this.label = label;
    this.direction = direction;
  }

  /** As users read it, e.g. "Art. 5(2)". */
  public String label() {
    return label;
  }

  /** The only direction a notification under this paragraph can have. */
  public NotificationDirection direction() {
    return direction;
  }
}
