package eu.dualis.duediligence.model;

/** Who informed whom of a catch-all licence requirement. */
public enum NotificationDirection {
  /** The competent authority informed the company that an item needs a licence. */
  FROM_AUTHORITY,
  /** The company notified the competent authority, which decides whether a licence is needed. */
  TO_AUTHORITY
}
