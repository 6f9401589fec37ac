package eu.dualis.screening.service.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The score of two names once their tokens are paired: a weighted mean of the pairs' scores where
 * what is left over counts against it in three ways. A token on both sides with no counterpart is a
 * conflict: both names say something in that place and say different things, which is evidence of
 * two different people however many other tokens agree, so it counts fully in the mean and also
 * takes {@link #CONFLICT_PENALTY} per unit of weight off the result. A token only the list name has
 * (a middle name the query left out) is incomplete information and counts lightly; a token only the
 * query has, a little more. In an organisation's name a word more or less is a different company
 * (Banco Santander and Banco Santander Mexico), so there both count more than in a person's.
 */
final class AlignmentScore {

  static final double CONFLICT_PENALTY = 0.25;

  /**
   * A pair scoring below this is only partly the same name (Marquez and Marcos): the shortfall
   * counts against the name, so that two weak pairs cannot make a strong name.
   */
  static final double WEAK_LEVEL = 0.85;

  static final double WEAK_PENALTY = 1.0;
  static final double REVERSAL_PENALTY = 0.5;

  /** Weights of the tokens one side lacks, for one kind of name. */
  record Policy(double missingWeight, double extraWeight) {
    static final Policy PERSON = new Policy(0.3, 0.4);
    static final Policy ORGANISATION = new Policy(0.4, 0.4);
  }

  /** A name matched by initials alone is not identified: N.N. is not Nursultan Nazarbayev. */
  static final double INITIALS_ONLY_CAP = 0.5;

  private AlignmentScore() {}

  static NameComparison of(
      List<NameToken> q,
      List<NameToken> l,
      List<TokenPair> chosen,
      boolean[] usedQ,
      boolean[] usedL,
      double[] wq,
      double[] wl,
      Policy policy) {
    double matchedWeight = 0;
    double matchedScore = 0;
    double weakness = 0;
    boolean identified = false;
    List<TokenMatch> explanation = new ArrayList<>(q.size() + l.size());
    chosen.sort((x, y) -> Integer.compare(x.qFrom(), y.qFrom()));
    for (TokenPair p : chosen) {
      double w = (sum(wq, p.qFrom(), p.qTo()) + sum(wl, p.lFrom(), p.lTo())) / 2;
      matchedWeight += w;
      matchedScore += w * p.score();
      weakness += w * Math.max(0, WEAK_LEVEL - p.score());
      if (p.kind() != MatchKind.INITIAL
          && p.kind() != MatchKind.LEGAL_FORM
          && q.get(p.qFrom()).role() == TokenRole.NAME) {
        identified = true;
      }
      explanation.add(
          new TokenMatch(
              p.queryText() != null ? p.queryText() : texts(q, p.qFrom(), p.qTo()),
              p.listText() != null ? p.listText() : texts(l, p.lFrom(), p.lTo()),
              p.kind(),
              round(p.score())));
    }
    double extra = 0;
    for (int i = 0; i < q.size(); i++) {
      if (!usedQ[i]) {
        extra += wq[i];
        explanation.add(new TokenMatch(q.get(i).text(), "", MatchKind.UNMATCHED, 0));
      }
    }
    double missing = 0;
    for (int j = 0; j < l.size(); j++) {
      if (!usedL[j]) {
        missing += wl[j];
        explanation.add(new TokenMatch("", l.get(j).text(), MatchKind.UNMATCHED, 0));
      }
    }
    double conflict = Math.min(extra, missing);
    double denominator =
        matchedWeight
            + conflict
            + policy.extraWeight() * (extra - conflict)
            + policy.missingWeight() * (missing - conflict);
    double score =
        matchedScore / denominator - CONFLICT_PENALTY * conflict - WEAK_PENALTY * weakness;
    if (PatronymicOrder.reversed(q, l, chosenPairs(chosen))) {
      // "Salman bin Muhammad" is Muhammad's son; "Muhammad bin Salman" is Salman's.
      score -= REVERSAL_PENALTY;
      explanation.add(new TokenMatch("bin", "bin", MatchKind.UNMATCHED, 0));
    }
    score = Math.max(0, Math.min(1, score));
    if (!identified) {
      score = Math.min(score, INITIALS_ONLY_CAP);
    }
    return new NameComparison(round(score), explanation);
  }

  /** The one-to-one pairs as query index to list index, -1 where a query token has none. */
  private static int[] chosenPairs(List<TokenPair> chosen) {
    int max = 0;
    for (TokenPair p : chosen) {
      max = Math.max(max, p.qTo());
    }
    int[] toList = new int[max];
    java.util.Arrays.fill(toList, -1);
    for (TokenPair p : chosen) {
      if (p.qTo() - p.qFrom() == 1 && p.lTo() - p.lFrom() == 1) {
        toList[p.qFrom()] = p.lFrom();
      }
    }
    return toList;
  }

  private static double sum(double[] weights, int from, int to) {
    double s = 0;
    for (int k = from; k < to; k++) {
      s += weights[k];
    }
    return s;
  }

  private static String texts(List<NameToken> tokens, int from, int to) {
    if (to - from == 1) {
      return tokens.get(from).text();
    }
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
