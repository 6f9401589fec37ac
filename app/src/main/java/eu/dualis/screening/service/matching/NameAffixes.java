package eu.dualis.screening.service.matching;

import java.util.List;

/**
 * Beginnings and endings that many names share: "ullah", "uddin", "dottir", "ovich", "shvili",
 * "abdul". Two names that share one are alike on the surface only; their stems tell them apart.
 */
final class NameAffixes {

  private NameAffixes() {}

  private static final List<String> SUFFIXES =
      List.of(
          "ullah", "ulla", "allah", "uddin", "eddine", "eddin", "addin", "udin", "uldin", "aldin",
          "dottir", "sdottir", "sson", "son", "sen", "ovich", "evich", "ovitch", "ovych", "ovna",
          "evna", "shvili", "dze", "enko", "chuk", "czyk", "ski", "sky", "skiy", "skyy", "skaya",
          "ova", "eva", "ov", "ev", "yan", "ian", "zadeh", "zada", "zai", "oglu", "pour", "far",
          "nejad", "ullin", "berg", "mann", "man", "stein");

  private static final List<String> PREFIXES =
      List.of("abdul", "abdel", "abdal", "abdur", "abdar", "abd", "abu", "bin", "ibn", "ben");

  /** The longest affix both tokens have, or null. */
  static String shared(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return null;
    }
    String best = null;
    // Most pairs differ in their last and first letters: no affix to look for then.
    if (a.charAt(a.length() - 1) == b.charAt(b.length() - 1)) {
      for (String s : SUFFIXES) {
        if (a.endsWith(s) && b.endsWith(s) && (best == null || s.length() > best.length())) {
          best = s;
        }
      }
    }
    if (a.charAt(0) == b.charAt(0)) {
      for (String p : PREFIXES) {
        if (a.startsWith(p) && b.startsWith(p) && (best == null || p.length() > best.length())) {
          best = "^" + p;
        }
      }
    }
    return best;
  }

  static String strip(String token, String affix) {
    if (affix.startsWith("^")) {
      return token.substring(affix.length() - 1);
    }
    return token.substring(0, token.length() - affix.length());
  }
}
