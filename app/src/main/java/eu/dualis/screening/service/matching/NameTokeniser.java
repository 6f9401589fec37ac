package eu.dualis.screening.service.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a name as written into cleaned Latin tokens: on spaces and punctuation, each chunk
 * transliterated from its script ({@link ScriptTransliterator}, or syllable by syllable in a {@link
 * HanReading}), then lower-case ASCII letters and digits only. What each token is (a name, a title,
 * a legal form) is for {@link NameNormaliser} to say.
 *
 * <p>Stateless and thread-safe.
 */
final class NameTokeniser {

  private NameTokeniser() {}

  /** A token of the name before its role is known, with its stem and other readings. */
  record Raw(
      String text,
      String original,
      Writing writing,
      boolean dotted,
      String stem,
      List<String> readings) {

    Raw(String text, String original, Writing writing, boolean dotted) {
      this(text, original, writing, dotted, text, List.of());
    }
  }

  /** Splits on spaces and punctuation, transliterates each chunk, cleans each token. */
  static List<Raw> tokenise(String name, HanReading reading) {
    List<Raw> out = new ArrayList<>();
    String s = name.replace("&", " and ");
    StringBuilder chunk = new StringBuilder();
    int i = 0;
    while (i <= s.length()) {
      int cp = i < s.length() ? s.codePointAt(i) : ' ';
      int step = i < s.length() ? Character.charCount(cp) : 1;
      if (isApostrophe(cp)) {
        // A possessive 's ends the word: Deutsche Bank's is Deutsche Bank.
        if (i + step < s.length()
            && (s.charAt(i + step) == 's' || s.charAt(i + step) == 'S')
            && (i + step + 1 >= s.length() || !Character.isLetter(s.charAt(i + step + 1)))) {
          i += step + 1;
        } else {
          i += step;
        }
        continue;
      }
      int category = Character.getType(cp);
      if (Character.isLetterOrDigit(cp)
          || category == Character.NON_SPACING_MARK
          || category == Character.COMBINING_SPACING_MARK
          || category == Character.ENCLOSING_MARK) {
        chunk.appendCodePoint(cp);
      } else if (category != Character.FORMAT) {
        flush(chunk, out, cp == '.', reading);
      }
      i += step;
    }
    return out;
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\''
        || cp == '\u2019'
        || cp == '\u2018'
        || cp == '`'
        || cp == '\u00B4'
        || cp == '\u02BC'
        || cp == '\u02BB'
        || cp == '\u02BF'
        || cp == '\u02BE';
  }

  private static void flush(
      StringBuilder chunk, List<Raw> out, boolean dotted, HanReading reading) {
    if (chunk.length() == 0) {
      return;
    }
    String original = chunk.toString().toLowerCase(Locale.ROOT);
    chunk.setLength(0);
    List<HanReading.Syllable> syllables = reading.read(original);
    if (syllables != null) {
      for (HanReading.Syllable s : syllables) {
        String text = clean(s.text());
        if (!text.isEmpty()) {
          out.add(new Raw(text, s.written(), Writing.SYLLABIC, dotted, text, s.others()));
        }
      }
      return;
    }
    ScriptTransliterator.Result latin = ScriptTransliterator.toLatin(original);
    String[] pieces = latin.latin().split("\\s+");
    // A syllable of Chinese is one character: each keeps its own, for comparing characters.
    boolean perCharacter =
        latin.writing() == Writing.SYLLABIC
            && pieces.length == original.codePointCount(0, original.length());
    for (int p = 0; p < pieces.length; p++) {
      String piece = pieces[p];
      String written =
          perCharacter
              ? Character.toString(original.codePointAt(original.offsetByCodePoints(0, p)))
              : original;
      String text = clean(piece);
      if (text.isEmpty()) {
        continue;
      }
      if (latin.writing() == Writing.ABJAD && text.length() > 4 && text.startsWith("al")) {
        // The Arabic article is written joined to its word: السيسي is al-Sisi.
        out.add(new Raw("al", original, Writing.ABJAD, false));
        text = text.substring(2);
      }
      String stem = latin.writing() == Writing.ALPHABET ? GreekEndings.stem(text, original) : text;
      out.add(new Raw(text, written, latin.writing(), dotted, stem, List.of()));
    }
  }

  /**
   * Lower-case ASCII letters and digits only; digits inside a word read as the letter they mimic.
   */
  private static String clean(String piece) {
    StringBuilder b = new StringBuilder(piece.length());
    for (int i = 0; i < piece.length(); i++) {
      char c = Character.toLowerCase(piece.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    for (int i = 1; i < b.length() - 1; i++) {
      char c = b.charAt(i);
      if (Character.isDigit(c)
          && Character.isLetter(b.charAt(i - 1))
          && Character.isLetter(b.charAt(i + 1))) {
        b.setCharAt(i, leet(c));
      }
    }
    return b.toString();
  }

  private static char leet(char digit) {
    return switch (digit) {
      case '0' -> 'o';
      case '1' -> 'i';
      case '3' -> 'e';
      case '4' -> 'a';
      case '5' -> 's';
      case '7' -> 't';
      case '8' -> 'b';
      case '9' -> 'g';
      default -> digit;
    };
  }
}
