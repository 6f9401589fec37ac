package eu.dualis.screening.service.matching;

/** Edit distance and Jaro-Winkler on short strings, without allocation beyond two rows. */
public final class StringSimilarity {

  private StringSimilarity() {}

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
   * neighbours each cost one, as typing errors do ("Schloz" for "Scholz" is one edit).
   */
  public static int damerauLevenshtein(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (n == 0) {
      return m;
    }
    if (m == 0) {
      return n;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /** Jaro-Winkler similarity, 0..1, with the usual prefix scale 0.1 over at most 4 letters. */
  public static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int n = a.length();
    int m = b.length();
    if (n == 0 || m == 0) {
      return 0;
    }
    int range = Math.max(0, Math.max(n, m) / 2 - 1);
    boolean[] matchedA = new boolean[n];
    boolean[] matchedB = new boolean[m];
    int matches = 0;
    for (int i = 0; i < n; i++) {
      int lo = Math.max(0, i - range);
      int hi = Math.min(m - 1, i + range);
      for (int j = lo; j <= hi; j++) {
        if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (matchedA[i]) {
        while (!matchedB[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double jm = matches;
    double jaro = (jm / n + jm / m + (jm - transpositions / 2.0) / jm) / 3.0;
    int prefix = 0;
    for (int i = 0; i < Math.min(4, Math.min(n, m)) && a.charAt(i) == b.charAt(i); i++) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
