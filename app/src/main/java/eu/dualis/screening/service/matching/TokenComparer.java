package eu.dualis.screening.service.matching;

import com.ibm.icu.lang.UScript;

/**
 * Compares two tokens and says how they match: the same token, the same once transliterated, the
 * same sound, a spelling variant, an initial. Stateless.
 */
final class TokenComparer {

  /** An initial says little: "J" fits every John and every Jane. */
  static final double INITIAL_SCORE = 0.85;

  /** Different legal forms of one kind (JSC and OJSC) are close but not the same. */
  static final double LEGAL_FAMILY_SCORE = 0.7;

  /** Below this a spelling is a different name, not a variant of the same one. */
  static final double MIN_SPELLING = 0.6;

  private TokenComparer() {}

  static TokenScore compare(NameToken q, NameToken l) {
    TokenScore best = compareReading(q, l);
    if (q.readings().isEmpty() && l.readings().isEmpty()) {
      return best;
    }
    // A token read in several ways matches by whichever reading fits best.
    for (NameToken qr : q.readings()) {
      best = better(best, byOtherReading(qr, l));
      for (NameToken lr : l.readings()) {
        best = better(best, byOtherReading(qr, lr));
      }
    }
    for (NameToken lr : l.readings()) {
      best = better(best, byOtherReading(q, lr));
    }
    return best;
  }

  /**
   * Another reading than a token's first matches only as spelled: the readings already are the
   * variants (Jong and Jung of 정), and a variant of one of a dozen readings of a kanji would match
   * most short names by chance.
   */
  private static TokenScore byOtherReading(NameToken q, NameToken l) {
    if (q.role() != TokenRole.NAME
        || l.role() != TokenRole.NAME
        || l.isInitial()
        || q.isInitial()) {
      return TokenScore.NONE;
    }
    if (bothSyllabicInOneScript(q, l)) {
      return TokenScore.NONE; // the characters were compared with the first readings
    }
    return q.text().equals(l.text())
        ? new TokenScore(MatchKind.TRANSLITERATED, 1, q.text(), l.text())
        : TokenScore.NONE;
  }

  private static TokenScore better(TokenScore a, TokenScore b) {
    return b.score() > a.score() ? b : a;
  }

  /** One reading of each token, by the whole token and, where one is inflected, by the stems. */
  private static TokenScore compareReading(NameToken q, NameToken l) {
    TokenScore whole = compareText(q, l);
    if ((q.inflected() || l.inflected())
        && q.role() == TokenRole.NAME
        && l.role() == TokenRole.NAME
        && !q.isInitial()
        && !l.isInitial()) {
      return better(whole, byStems(q.stem(), l.stem()));
    }
    return whole;
  }

  /** Two spellings with one phonetic key: the closer the letters, the better. */
  private static TokenScore phonetic(String a, String b) {
    return new TokenScore(MatchKind.PHONETIC, Math.min(0.97, 0.82 + 0.15 * editSimilarity(a, b)));
  }

  /** Two tokens by their stems, at the cost of the ending one of them had. */
  private static TokenScore byStems(String a, String b) {
    TokenScore s;
    if (a.equals(b)) {
      s = TokenScore.TRANSLITERATED;
    } else if (PhoneticKey.of(a).equals(PhoneticKey.of(b))) {
      s = phonetic(a, b);
    } else {
      double spelling = spelling(a, b);
      if (spelling < MIN_SPELLING) {
        return TokenScore.NONE;
      }
      s = new TokenScore(MatchKind.SPELLING, spelling);
    }
    return new TokenScore(s.kind(), s.score() - GreekEndings.ENDING_COST);
  }

  private static TokenScore compareText(NameToken q, NameToken l) {
    if (bothSyllabicInOneScript(q, l)) {
      // Two characters of one script are one name only if they are the same character, however
      // alike they read: 市 and 石 are both shi, 종 and 정 both jong in some spelling.
      return q.original().equals(l.original()) ? TokenScore.TRANSLITERATED : TokenScore.NONE;
    }
    String a = q.text();
    String b = l.text();
    if (a.equals(b)) {
      return q.transliterated() || l.transliterated()
          ? TokenScore.TRANSLITERATED
          : TokenScore.EXACT;
    }
    TokenRole qr = q.role();
    TokenRole lr = l.role();
    if (qr == TokenRole.LEGAL_FORM || lr == TokenRole.LEGAL_FORM) {
      if (qr == lr) {
        String fa = LegalForms.FAMILY.get(a);
        if (fa != null && fa.equals(LegalForms.FAMILY.get(b))) {
          return new TokenScore(MatchKind.LEGAL_FORM, LEGAL_FAMILY_SCORE);
        }
      }
      return TokenScore.NONE;
    }
    if (qr != TokenRole.NAME || lr != TokenRole.NAME) {
      return TokenScore.NONE;
    }
    boolean qi = q.isInitial();
    boolean li = l.isInitial();
    if (qi || li) {
      if (qi != li && a.charAt(0) == b.charAt(0) && Character.isLetter(b.charAt(0))) {
        return new TokenScore(MatchKind.INITIAL, INITIAL_SCORE);
      }
      return TokenScore.NONE;
    }
    if (q.numeric() || l.numeric()) {
      return TokenScore.NONE;
    }
    if (q.abjad() != l.abjad()) {
      TokenScore s = acrossAbjad(q, l);
      if (s.matched()) {
        return s;
      }
    }
    if (q.key().equals(l.key()) && q.key().length() > 1) {
      return phonetic(a, b);
    }
    double spelling = Math.max(spelling(a, b), keySpelling(q, l));
    if (spelling >= MIN_SPELLING) {
      return new TokenScore(MatchKind.SPELLING, spelling);
    }
    return TokenScore.NONE;
  }

  private static boolean bothSyllabicInOneScript(NameToken q, NameToken l) {
    String a = q.original();
    String b = l.original();
    return q.writing() == Writing.SYLLABIC
        && l.writing() == Writing.SYLLABIC
        && !a.isEmpty()
        && !b.isEmpty()
        && UScript.getScript(a.codePointAt(0)) == UScript.getScript(b.codePointAt(0));
  }

  /**
   * A name written without its short vowels (Arabic, Hebrew) against one written with them: the
   * consonants must agree.
   */
  private static TokenScore acrossAbjad(NameToken q, NameToken l) {
    String sa = q.skeleton();
    String sb = l.skeleton();
    if (sa.isEmpty() || sb.isEmpty()) {
      return TokenScore.NONE;
    }
    if (sa.equals(sb)) {
      return new TokenScore(MatchKind.TRANSLITERATED, 0.93);
    }
    if (Math.min(sa.length(), sb.length()) >= 3
        && StringSimilarity.damerauLevenshtein(sa, sb) == 1) {
      return new TokenScore(MatchKind.TRANSLITERATED, 0.75);
    }
    return TokenScore.NONE;
  }

  /**
   * A spelling variant's score: edit distance tempered by Jaro-Winkler, 0 when there are more edits
   * than a name of that length plausibly takes by mistake or variant spelling.
   */
  static double spelling(String a, String b) {
    double whole = editScore(a, b);
    if (whole == 0) {
      return 0;
    }
    // Hamidullah and Waliullah share "ullah", not a name: what tells them apart is the stem.
    String affix = NameAffixes.shared(a, b);
    if (affix != null) {
      String sa = NameAffixes.strip(a, affix);
      String sb = NameAffixes.strip(b, affix);
      if (sa.isEmpty() || sb.isEmpty()) {
        return 0;
      }
      if (!sa.equals(sb)) {
        return Math.min(whole, editScore(sa, sb));
      }
    }
    return whole;
  }

  /**
   * Spelling variants of the sound rather than of the letters: Aleksandr and Alexander differ by
   * three letters but their keys by one vowel.
   */
  private static double keySpelling(NameToken q, NameToken l) {
    String ka = q.key();
    String kb = l.key();
    int shorter = Math.min(ka.length(), kb.length());
    if (shorter < 5 || NameAffixes.shared(q.text(), l.text()) != null) {
      return 0;
    }
    int maxEdits = shorter >= 9 ? 2 : 1;
    int d = StringSimilarity.damerauLevenshtein(ka, kb);
    if (d > maxEdits) {
      return 0;
    }
    double sim = 1.0 - (double) d / Math.max(ka.length(), kb.length());
    return 0.5 * sim + 0.5 * StringSimilarity.jaroWinkler(q.text(), l.text()) - 0.05 * d;
  }

  private static double editScore(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int longer = Math.max(a.length(), b.length());
    int maxEdits = shorter <= 5 ? 1 : shorter <= 8 ? 2 : 3;
    if (longer - shorter > maxEdits) {
      return 0;
    }
    int d = StringSimilarity.damerauLevenshtein(a, b);
    if (d > maxEdits) {
      return 0;
    }
    double sim = 1.0 - (double) d / longer;
    double jw = StringSimilarity.jaroWinkler(a, b);
    // Each edit beyond the first is less likely a slip than a different name.
    return 0.5 * sim + 0.5 * jw - EXTRA_EDIT_COST * (d - 1);
  }

  static final double EXTRA_EDIT_COST = 0.05;

  static double editSimilarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return 1.0 - (double) StringSimilarity.damerauLevenshtein(a, b) / longer;
  }
}
