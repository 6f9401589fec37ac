package eu.dualis.platform.persistence;

import java.util.Locale;

/** A user's search text as a JPQL {@code LIKE} pattern: lower case, wildcards escaped. */
public final class LikePatterns {

  private LikePatterns() {}

  /** {@code %text%}, or null for no text (the queries read null as "no filter"). */
  public static String containing(String query) {
    if (query == null || query.isBlank()) {
      return null;
    }
    String escaped =
        query
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
