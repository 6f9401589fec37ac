package eu.dualis.screening.service.matching;

/**
 * How well two single tokens match; {@link #NONE} when they do not.
 *
 * @param queryReading the reading of the query token that matched, where it was not its first (null
 *     otherwise), for the explanation
 * @param listReading likewise for the list token
 */
record TokenScore(MatchKind kind, double score, String queryReading, String listReading) {

  static final TokenScore NONE = new TokenScore(MatchKind.UNMATCHED, 0);
  static final TokenScore EXACT = new TokenScore(MatchKind.EXACT, 1);
  static final TokenScore TRANSLITERATED = new TokenScore(MatchKind.TRANSLITERATED, 1);

  TokenScore(MatchKind kind, double score) {
    this(kind, score, null, null);
  }

  boolean matched() {
    return kind != MatchKind.UNMATCHED;
  }
}
