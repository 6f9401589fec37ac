package eu.dualis.screening.service.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the tokens of two names in any order, one to one or one to several joined ({@link
 * JoinedTokens}), best pairs first, each token in one pair at most; {@link AlignmentScore} scores
 * the result.
 */
final class TokenAligner {

  private TokenAligner() {}

  static NameComparison align(
      NormalisedName query,
      NormalisedName list,
      TokenWeights weights,
      AlignmentScore.Policy policy) {
    return align(
        query,
        weights(query, weights),
        list,
        weights(list, weights),
        policy,
        TokenComparer::compare);
  }

  static double[] weights(NormalisedName name, TokenWeights weights) {
    double[] w = new double[name.tokens().size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.weight(name.tokens().get(i));
    }
    return w;
  }

  /** How two tokens compare; an index passes a memo of it for the query's tokens. */
  @FunctionalInterface
  interface Comparer {
    TokenScore compare(NameToken query, NameToken listed);

    /** How {@code one} matches tokens [from, to) of {@code many} joined. */
    default JoinedTokens.Joined joined(NameToken one, List<NameToken> many, int from, int to) {
      return JoinedTokens.of(one, many, from, to);
    }
  }

  static NameComparison align(
      NormalisedName query,
      double[] queryWeights,
      NormalisedName list,
      double[] listWeights,
      AlignmentScore.Policy policy,
      Comparer comparer) {
    List<NameToken> q = query.tokens();
    List<NameToken> l = list.tokens();
    if (q.isEmpty() || l.isEmpty()) {
      return NameComparison.NONE;
    }
    List<TokenPair> candidates = new ArrayList<>();
    for (int i = 0; i < q.size(); i++) {
      for (int j = 0; j < l.size(); j++) {
        TokenScore s = comparer.compare(q.get(i), l.get(j));
        if (s.matched()) {
          candidates.add(
              new TokenPair(
                  i, i + 1, j, j + 1, s.kind(), s.score(), s.queryReading(), s.listReading()));
        }
      }
    }
    JoinedTokens.add(q, l, false, candidates, comparer);
    JoinedTokens.add(l, q, true, candidates, comparer);
    candidates.sort(
        (x, y) -> {
          int c = Double.compare(y.score(), x.score());
          return c != 0 ? c : Integer.compare(y.span(), x.span());
        });
    boolean[] usedQ = new boolean[q.size()];
    boolean[] usedL = new boolean[l.size()];
    List<TokenPair> chosen = new ArrayList<>();
    for (TokenPair p : candidates) {
      if (free(usedQ, p.qFrom(), p.qTo()) && free(usedL, p.lFrom(), p.lTo())) {
        mark(usedQ, p.qFrom(), p.qTo());
        mark(usedL, p.lFrom(), p.lTo());
        chosen.add(p);
      }
    }
    return AlignmentScore.of(q, l, chosen, usedQ, usedL, queryWeights, listWeights, policy);
  }

  private static boolean free(boolean[] used, int from, int to) {
    for (int k = from; k < to; k++) {
      if (used[k]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int k = from; k < to; k++) {
      used[k] = true;
    }
  }
}
