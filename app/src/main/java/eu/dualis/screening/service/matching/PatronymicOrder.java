package eu.dualis.screening.service.matching;

import java.util.List;

/**
 * In "A bin B" the person is A and the father B. Two names that pair A with B and B with A across
 * the particle describe father and son, not one person, however well each token matches.
 */
final class PatronymicOrder {

  private PatronymicOrder() {}

  /**
   * @param toList for each query token the index of its list token, or -1
   */
  static boolean reversed(List<NameToken> q, List<NameToken> l, int[] toList) {
    for (int p = 1; p + 1 < q.size() && p + 1 < toList.length; p++) {
      if (!isSonOf(q.get(p))) {
        continue;
      }
      int before = toList[p - 1];
      int after = toList[p + 1];
      if (before < 1 || after < 0 || after + 1 >= l.size()) {
        continue;
      }
      if (before == after + 2 && isSonOf(l.get(after + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSonOf(NameToken t) {
    return t.role() == TokenRole.PARTICLE && (t.text().equals("bin") || t.text().equals("bint"));
  }
}
