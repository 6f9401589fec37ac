package eu.dualis.screening.service.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes a chunk of a name (no spaces) in Latin ASCII with ICU4J, and tells whether its script
 * leaves vowels unwritten.
 *
 * <p>ICU transliterators are expensive to build (milliseconds each) and ICU does not promise that
 * one instance may be used by several threads at once, so each thread builds its own set once and
 * keeps it.
 */
final class ScriptTransliterator {

  /** Which ICU chain writes a script in Latin; anything not listed goes through Any-Latin. */
  private enum Route {
    LATIN("Any-Latin; Latin-ASCII"),
    // BGN/PCGN gives the romanisation sanctions lists use (Kh, Zh, Ch, Shch), where Any-Latin
    // gives ISO 9 letters with carons that ASCII folding would strip to a different name.
    CYRILLIC("Russian-Latin/BGN; Any-Latin; Latin-ASCII"),
    // The Names variant reads a character as a surname where its reading differs.
    HAN("Han-Latin/Names; Latin-ASCII"),
    // UNGEGN gives modern Greek as names are spelled today (Dimitrios, Panagiotis), where
    // Any-Latin gives the classical letters (Demetrios, Panagiotes).
    GREEK("Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII"),
    OTHER("Any-Latin; Latin-ASCII");

    private final String icuId;

    Route(String icuId) {
      this.icuId = icuId;
    }
  }

  private static final ThreadLocal<Map<Route, Transliterator>> PER_THREAD =
      ThreadLocal.withInitial(() -> new EnumMap<>(Route.class));

  /** A chunk written in Latin ASCII. */
  record Result(String latin, Writing writing) {}

  private ScriptTransliterator() {}

  static Result toLatin(String chunk) {
    if (isAscii(chunk)) {
      return new Result(chunk, Writing.LATIN);
    }
    int script = dominantScript(chunk);
    Route route =
        switch (script) {
          case UScript.LATIN, UScript.COMMON, UScript.INHERITED -> Route.LATIN;
          case UScript.CYRILLIC -> Route.CYRILLIC;
          case UScript.HAN -> Route.HAN;
          case UScript.GREEK -> Route.GREEK;
          default -> Route.OTHER;
        };
    String text = chunk;
    if (script == UScript.HANGUL) {
      // Korean names are syllable by syllable ("Kim Jong Un"); ICU runs a name together. (A chunk
      // of Hangul alone is written by KoreanRomaniser; this is for Hangul mixed with other signs.)
      text = spaceSyllables(chunk);
    }
    String latin = PER_THREAD.get().computeIfAbsent(route, r -> build(r)).transliterate(text);
    if (finalSchwaSilent(script, chunk) && latin.endsWith("a")) {
      latin = latin.substring(0, latin.length() - 1);
    }
    return new Result(latin, writing(script, route));
  }

  /**
   * Hindi, Bengali, Punjabi and Gujarati do not say the vowel a consonant carries when it ends a
   * word, and names are spelled without it (मोहन is Mohan, মোহাম্মদ Mohammad), but after two
   * consonants joined they do (नरेन्द्र is Narendra). ICU writes it always.
   */
  private static boolean finalSchwaSilent(int script, String chunk) {
    if (script != UScript.DEVANAGARI
        && script != UScript.BENGALI
        && script != UScript.GURMUKHI
        && script != UScript.GUJARATI) {
      return false;
    }
    int end = chunk.length();
    int last = chunk.codePointBefore(end);
    if (isNukta(last)) {
      end -= Character.charCount(last);
      last = chunk.codePointBefore(end);
    }
    if (Character.getType(last) != Character.OTHER_LETTER || isIndependentVowel(last)) {
      return false; // a vowel sign, a virama, or a vowel letter ends the word
    }
    int before = end - Character.charCount(last);
    return before == 0 || !isVirama(chunk.codePointBefore(before));
  }

  private static boolean isNukta(int cp) {
    return cp == 0x093C || cp == 0x09BC || cp == 0x0A3C || cp == 0x0ABC;
  }

  private static boolean isVirama(int cp) {
    return cp == 0x094D || cp == 0x09CD || cp == 0x0A4D || cp == 0x0ACD;
  }

  /** अ to औ and their like: a word that ends in one ends in its vowel. */
  private static boolean isIndependentVowel(int cp) {
    int offset = cp & 0x7F;
    return offset >= 0x05 && offset <= 0x14;
  }

  private static Transliterator build(Route route) {
    return Transliterator.getInstance(route.icuId);
  }

  private static Writing writing(int script, Route route) {
    if (route == Route.LATIN) {
      return Writing.LATIN;
    }
    return switch (script) {
      // Their spelling leaves short vowels out, so that "mhmd" is "Mohammed".
      case UScript.ARABIC, UScript.HEBREW, UScript.SYRIAC, UScript.THAANA, UScript.THAI ->
          Writing.ABJAD;
      case UScript.HAN, UScript.HANGUL, UScript.HIRAGANA, UScript.KATAKANA -> Writing.SYLLABIC;
      default -> Writing.ALPHABET;
    };
  }

  private static int dominantScript(String chunk) {
    for (int i = 0; i < chunk.length(); ) {
      int cp = chunk.codePointAt(i);
      int script = UScript.getScript(cp);
      if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.LATIN) {
        // Japanese mixes kanji and kana; the chain for other scripts reads both.
        if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
          return script;
        }
        return containsKana(chunk) ? UScript.KATAKANA : script;
      }
      i += Character.charCount(cp);
    }
    return UScript.LATIN;
  }

  private static boolean containsKana(String chunk) {
    return chunk
        .codePoints()
        .map(UScript::getScript)
        .anyMatch(s -> s == UScript.HIRAGANA || s == UScript.KATAKANA);
  }

  private static String spaceSyllables(String chunk) {
    StringBuilder b = new StringBuilder(chunk.length() * 2);
    for (int i = 0; i < chunk.length(); i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(chunk.charAt(i));
    }
    return b.toString();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
