package eu.dualis.screening.service.matching;

/** How well two single tokens match; {@link #NONE} when they do not. */
record TokenScore(MatchKind kind, double score) {

  static final TokenScore NONE = new TokenScore(MatchKind.UNMATCHED, 0);
  static final TokenScore EXACT = new TokenScore(MatchKind.EXACT, 1);
  static final TokenScore TRANSLITERATED = new TokenScore(MatchKind.TRANSLITERATED, 1);

  boolean matched() {
    return kind != MatchKind.UNMATCHED;
  }
}
