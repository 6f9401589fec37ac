package eu.dualis.screening.service.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the tokens of two names in any order, one to one or one to several joined, best pairs
 * first, and scores the result.
 *
 * <p>The score is a weighted mean of the pairs' scores where what is left over counts against it in
 * three ways. A token on both sides with no counterpart is a conflict: both names say something in
 * that place and say different things, which is evidence of two different people however many other
 * tokens agree, so it counts fully in the mean and also takes {@link #CONFLICT_PENALTY} per unit of
 * weight off the result. A token only the list name has (a middle name the query left out) is
 * incomplete information and counts lightly; a token only the query has, a little more. In an
 * organisation's name a word more or less is a different company (Banco Santander and Banco
 * Santander Mexico), so there both count more than in a person's.
 */
final class TokenAligner {

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

  private static final double JOINED_SCORE = 0.95;

  private TokenAligner() {}

  /** A candidate pairing: query tokens [qFrom, qTo) with list tokens [lFrom, lTo). */
  private record Pair(int qFrom, int qTo, int lFrom, int lTo, MatchKind kind, double score) {}

  static NameComparison align(
      NormalisedName query, NormalisedName list, TokenWeights weights, Policy policy) {
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
  }

  static NameComparison align(
      NormalisedName query,
      double[] queryWeights,
      NormalisedName list,
      double[] listWeights,
      Policy policy,
      Comparer comparer) {
    List<NameToken> q = query.tokens();
    List<NameToken> l = list.tokens();
    if (q.isEmpty() || l.isEmpty()) {
      return NameComparison.NONE;
    }
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < q.size(); i++) {
      for (int j = 0; j < l.size(); j++) {
        TokenScore s = comparer.compare(q.get(i), l.get(j));
        if (s.matched()) {
          candidates.add(new Pair(i, i + 1, j, j + 1, s.kind(), s.score()));
        }
      }
    }
    addJoined(q, l, false, candidates);
    addJoined(l, q, true, candidates);
    candidates.sort(
        (x, y) -> {
          int c = Double.compare(y.score, x.score);
          return c != 0 ? c : Integer.compare(span(y), span(x));
        });
    boolean[] usedQ = new boolean[q.size()];
    boolean[] usedL = new boolean[l.size()];
    List<Pair> chosen = new ArrayList<>();
    for (Pair p : candidates) {
      if (free(usedQ, p.qFrom, p.qTo) && free(usedL, p.lFrom, p.lTo)) {
        mark(usedQ, p.qFrom, p.qTo);
        mark(usedL, p.lFrom, p.lTo);
        chosen.add(p);
      }
    }
    return score(q, l, chosen, usedQ, usedL, queryWeights, listWeights, policy);
  }

  private static int span(Pair p) {
    return (p.qTo - p.qFrom) + (p.lTo - p.lFrom);
  }

  /**
   * One token of {@code one} against two or three neighbouring tokens of {@code many}, joined
   * (Abdulrahman and Abdul Rahman) or as initials (JC and Jean Claude, PLA and People's Liberation
   * Army).
   */
  private static void addJoined(
      List<NameToken> one, List<NameToken> many, boolean swapped, List<Pair> out) {
    for (int i = 0; i < one.size(); i++) {
      NameToken t = one.get(i);
      String text = t.text();
      int length = text.length();
      if (length < 2 || t.role() != TokenRole.NAME) {
        continue;
      }
      for (int j = 0; j + 1 < many.size(); j++) {
        int joinedLength = many.get(j).text().length();
        boolean initials = many.get(j).text().charAt(0) == text.charAt(0);
        for (int k = j + 1; k < Math.min(many.size(), j + 4); k++) {
          String part = many.get(k).text();
          joinedLength += part.length();
          int letters = k - j + 1;
          initials &= letters <= length && part.charAt(0) == text.charAt(letters - 1);
          double s = 0;
          MatchKind kind = MatchKind.JOINED;
          if (joinedLength <= length + 3 && joinedLength >= length - 3) {
            s = joinedScore(t, joined(many, j, k + 1), many.get(j).writing());
          }
          if (s == 0 && initials && letters == length && allNames(many, j, k + 1)) {
            s = TokenComparer.INITIAL_SCORE;
            kind = MatchKind.INITIAL;
          }
          if (s > 0) {
            out.add(
                swapped
                    ? new Pair(j, k + 1, i, i + 1, kind, s)
                    : new Pair(i, i + 1, j, k + 1, kind, s));
          }
          if (joinedLength > length + 3 && !initials) {
            break;
          }
        }
      }
    }
  }

  private static String joined(List<NameToken> tokens, int from, int to) {
    StringBuilder b = new StringBuilder(24);
    for (int k = from; k < to; k++) {
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }

  private static boolean allNames(List<NameToken> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).text().length() < 2) {
        return false;
      }
    }
    return true;
  }

  private static double joinedScore(NameToken t, String joined, Writing partsWriting) {
    String a = t.text();
    if (a.equals(joined)) {
      return JOINED_SCORE;
    }
    boolean sameWriting = t.abjad() == (partsWriting == Writing.ABJAD);
    if (sameWriting
        && a.charAt(0) != joined.charAt(0)
        && a.charAt(a.length() - 1) != joined.charAt(joined.length() - 1)) {
      return 0; // one name written joined or split keeps its first or its last letter
    }
    if (t.abjad() != (partsWriting == Writing.ABJAD)) {
      String skeleton = PhoneticKey.skeleton(joined);
      return !skeleton.isEmpty() && skeleton.equals(t.skeleton()) ? JOINED_SCORE * 0.95 : 0;
    }
    if (Math.abs(a.length() - joined.length()) > 3 || a.length() < 5) {
      return 0;
    }
    if (t.key().equals(PhoneticKey.of(joined))) {
      return JOINED_SCORE * 0.92;
    }
    double spelling = TokenComparer.spelling(a, joined);
    return spelling >= TokenComparer.MIN_SPELLING + 0.1 ? JOINED_SCORE * spelling : 0;
  }

  private static NameComparison score(
      List<NameToken> q,
      List<NameToken> l,
      List<Pair> chosen,
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
    chosen.sort((x, y) -> Integer.compare(x.qFrom, y.qFrom));
    for (Pair p : chosen) {
      double w = (sum(wq, p.qFrom, p.qTo) + sum(wl, p.lFrom, p.lTo)) / 2;
      matchedWeight += w;
      matchedScore += w * p.score;
      weakness += w * Math.max(0, WEAK_LEVEL - p.score);
      if (p.kind != MatchKind.INITIAL
          && p.kind != MatchKind.LEGAL_FORM
          && q.get(p.qFrom).role() == TokenRole.NAME) {
        identified = true;
      }
      explanation.add(
          new TokenMatch(
              texts(q, p.qFrom, p.qTo), texts(l, p.lFrom, p.lTo), p.kind, round(p.score)));
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
  private static int[] chosenPairs(List<Pair> chosen) {
    int max = 0;
    for (Pair p : chosen) {
      max = Math.max(max, p.qTo);
    }
    int[] toList = new int[max];
    java.util.Arrays.fill(toList, -1);
    for (Pair p : chosen) {
      if (p.qTo - p.qFrom == 1 && p.lTo - p.lFrom == 1) {
        toList[p.qFrom] = p.lFrom;
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

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
