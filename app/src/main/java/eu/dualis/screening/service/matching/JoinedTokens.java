package eu.dualis.screening.service.matching;

import java.util.List;

/**
 * One token of a name against two to four neighbouring tokens of the other, joined (Abdulrahman and
 * Abdul Rahman) or as initials (JC and Jean Claude, PLA and People's Liberation Army).
 */
final class JoinedTokens {

  /** A name written joined or split is the same name, but that is not quite as sure as the same. */
  static final double JOINED_SCORE = 0.95;

  /** Joined parts that sound like the token but are spelled otherwise (Yamata and Yamada). */
  private static final double KEY_FACTOR = 0.92;

  /** At most this many neighbours are joined: 2 to 4. */
  static final int MAX_JOINED = 4;

  private JoinedTokens() {}

  /**
   * Adds the pairs of each token of {@code one} with neighbours of {@code many} that match; the
   * comparer works out each (or remembers it, see {@link TokenAligner.Comparer#joined}).
   */
  static void add(
      List<NameToken> one,
      List<NameToken> many,
      boolean swapped,
      List<TokenPair> out,
      TokenAligner.Comparer comparer) {
    for (int i = 0; i < one.size(); i++) {
      NameToken t = one.get(i);
      if (t.text().length() < 2 || t.role() != TokenRole.NAME || t.writing() == Writing.SYLLABIC) {
        continue; // a syllable of Chinese, Korean or kana is not several words of the other name
      }
      for (int j = 0; j + 1 < many.size(); j++) {
        for (int k = j + 1; k < Math.min(many.size(), j + MAX_JOINED); k++) {
          Joined m = comparer.joined(t, many, j, k + 1);
          if (m.score() > 0) {
            out.add(
                swapped
                    ? new TokenPair(j, k + 1, i, i + 1, m.kind(), m.score(), m.readings(), null)
                    : new TokenPair(i, i + 1, j, k + 1, m.kind(), m.score(), null, m.readings()));
          }
          if (!m.longer()) {
            break;
          }
        }
      }
    }
  }

  /**
   * How a token matches neighbouring tokens joined.
   *
   * @param readings the readings of the neighbours that spelled the token, where not their first
   * @param longer whether more neighbours joined might still match
   */
  record Joined(MatchKind kind, double score, String readings, boolean longer) {}

  /** Token {@code t} against tokens [from, to) of {@code many}, joined or as initials. */
  static Joined of(NameToken t, List<NameToken> many, int from, int to) {
    String text = t.text();
    int length = text.length();
    int joinedLength = 0;
    boolean initials = true;
    boolean readings = false;
    for (int k = from; k < to; k++) {
      String part = many.get(k).text();
      joinedLength += part.length();
      readings |= !many.get(k).readings().isEmpty();
      int letters = k - from + 1;
      initials &= letters <= length && part.charAt(0) == text.charAt(letters - 1);
    }
    boolean longer = joinedLength <= length + 3 || initials || readings;
    double s = 0;
    MatchKind kind = MatchKind.JOINED;
    if (joinedLength <= length + 3 && joinedLength >= length - 3) {
      s = joinedScore(t, joined(many, from, to), many.get(from).writing());
    }
    String spelled = null;
    if (readings) {
      Spelled r = byReadings(t, many, from, to);
      if (r.score() > s) {
        s = r.score();
        spelled = r.readings();
      }
    }
    if (s == 0 && initials && to - from == length && allNames(many, from, to)) {
      s = TokenComparer.INITIAL_SCORE;
      kind = MatchKind.INITIAL;
    }
    return new Joined(kind, s, spelled, longer);
  }

  /** One reading of each of several tokens that, joined, spell a token of the other name. */
  private record Spelled(double score, String readings) {
    static final Spelled NONE = new Spelled(0, null);
  }

  /**
   * A token against neighbours read in several ways (the kanji of a Japanese name): whether one
   * reading of each, joined, spells the token, letter for letter or else sound for sound.
   */
  private static Spelled byReadings(NameToken t, List<NameToken> many, int from, int to) {
    if (t.writing() == Writing.SYLLABIC) {
      return Spelled.NONE;
    }
    NameToken[] chosen = new NameToken[to - from];
    if (spells(t.text(), 0, many, from, to, false, chosen)) {
      return new Spelled(JOINED_SCORE, texts(chosen));
    }
    if (spells(t.key(), 0, many, from, to, true, chosen)) {
      return new Spelled(JOINED_SCORE * KEY_FACTOR, texts(chosen));
    }
    return Spelled.NONE;
  }

  /**
   * Whether {@code s} from {@code pos} on is one reading of each of tokens [k, to), joined; the
   * readings are put in {@code chosen}.
   */
  private static boolean spells(
      String s, int pos, List<NameToken> many, int k, int to, boolean keys, NameToken[] chosen) {
    if (k == to) {
      return pos == s.length();
    }
    NameToken token = many.get(k);
    chosen[chosen.length - (to - k)] = token;
    if (spellsWith(s, pos, keys ? token.key() : token.text(), many, k, to, keys, chosen)) {
      return true;
    }
    for (NameToken r : token.readings()) {
      chosen[chosen.length - (to - k)] = r;
      if (spellsWith(s, pos, keys ? r.key() : r.text(), many, k, to, keys, chosen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean spellsWith(
      String s,
      int pos,
      String form,
      List<NameToken> many,
      int k,
      int to,
      boolean keys,
      NameToken[] chosen) {
    int n = form.length();
    if (n == 0) {
      return false;
    }
    if (s.startsWith(form, pos) && spells(s, pos + n, many, k + 1, to, keys, chosen)) {
      return true;
    }
    // A key writes a sound once where one part ends with it and the next begins with it.
    return keys
        && pos > 0
        && n > 1
        && form.charAt(0) == s.charAt(pos - 1)
        && s.regionMatches(pos, form, 1, n - 1)
        && spells(s, pos + n - 1, many, k + 1, to, keys, chosen);
  }

  private static String texts(NameToken[] tokens) {
    StringBuilder b = new StringBuilder(24);
    for (NameToken t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.text());
    }
    return b.toString();
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
      return JOINED_SCORE * KEY_FACTOR;
    }
    double spelling = TokenComparer.spelling(a, joined);
    return spelling >= TokenComparer.MIN_SPELLING + 0.1 ? JOINED_SCORE * spelling : 0;
  }
}
