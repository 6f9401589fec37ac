package eu.dualis.screening.service.matching;

/**
 * A pairing of query tokens [qFrom, qTo) with list tokens [lFrom, lTo), and how well they match.
 */
record TokenPair(int qFrom, int qTo, int lFrom, int lTo, MatchKind kind, double score) {

  /** How many tokens the pair covers on both sides. */
  int span() {
    return (qTo - qFrom) + (lTo - lFrom);
  }
}
