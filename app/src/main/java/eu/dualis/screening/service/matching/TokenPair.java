package eu.dualis.screening.service.matching;

/**
 * A pairing of query tokens [qFrom, qTo) with list tokens [lFrom, lTo), and how well they match.
 *
 * @param queryText the readings of the query tokens that matched, where not their first (null
 *     otherwise), for the explanation
 * @param listText likewise for the list tokens
 */
record TokenPair(
    int qFrom,
    int qTo,
    int lFrom,
    int lTo,
    MatchKind kind,
    double score,
    String queryText,
    String listText) {

  TokenPair(int qFrom, int qTo, int lFrom, int lTo, MatchKind kind, double score) {
    this(qFrom, qTo, lFrom, lTo, kind, score, null, null);
  }

  /** How many tokens the pair covers on both sides. */
  int span() {
    return (qTo - qFrom) + (lTo - lFrom);
  }
}
