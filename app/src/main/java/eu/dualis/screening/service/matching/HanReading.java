package eu.dualis.screening.service.matching;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The language a name in Han characters is read in. Han characters write Chinese, Korean (hanja)
 * and Japanese (kanji) names alike, each language reading them its own way: 金正恩 is Jin Zhengen in
 * Mandarin and Kim Jong Un in Korean, 山田 Shantian in Mandarin and Yamada in Japanese. Nothing in
 * the characters says which language a name is in, so a Han name gets one reading per language in
 * which all its characters can be read, and a comparison keeps the best-scoring one.
 *
 * <p>Mandarin is ICU's Han-Latin, as for any other script; Korean and Japanese go by the Unihan
 * readings ({@link HanReadings}), written by {@link KoreanRomaniser} and {@link JapaneseRomaniser}.
 * Each character is one token, carrying all its readings in that language.
 */
enum HanReading {
  MANDARIN,
  KOREAN,
  JAPANESE;

  /** A syllable or kanji of a name as written, its first spelling and the others it may take. */
  record Syllable(String written, String text, List<String> others) {}

  /** Hangul jamo, the first letters of the scripts read here; below it none is Han or kana. */
  private static final int FIRST_EAST_ASIAN = 0x1100;

  /** The ideographic iteration mark: 佐々木 is 佐佐木, Sasaki. */
  private static final int REPEAT = 0x3005;

  /**
   * The readings of a name other than Mandarin: those in which every Han character of the name can
   * be read. None for a name without Han characters.
   */
  static List<HanReading> alternatives(String name) {
    boolean han = false;
    boolean korean = true;
    boolean japanese = true;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < FIRST_EAST_ASIAN) {
        continue; // Latin, Cyrillic, Arabic...: nothing to read here
      }
      int script = UScript.getScript(cp);
      if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
        korean = false;
      } else if (script == UScript.HANGUL) {
        japanese = false;
      } else if (script == UScript.HAN && cp != REPEAT) {
        han = true;
        HanReadings.Entry e = HanReadings.of(cp);
        korean &= e != null && !e.korean().isEmpty();
        japanese &= e != null && e.japanese();
      }
    }
    if (!han) {
      return List.of();
    }
    List<HanReading> out = new ArrayList<>(2);
    if (korean) {
      out.add(KOREAN);
    }
    if (japanese) {
      out.add(JAPANESE);
    }
    return out;
  }

  /**
   * A chunk of a name (no spaces) as syllables in this reading, or null where it is not read
   * syllable by syllable and ICU transliterates it instead. Hangul is always read as Korean.
   */
  List<Syllable> read(String chunk) {
    if (KoreanRomaniser.isHangul(chunk)) {
      List<Syllable> out = new ArrayList<>(chunk.length());
      for (int i = 0; i < chunk.length(); i++) {
        out.add(
            syllable(
                chunk.substring(i, i + 1), KoreanRomaniser.spellings(chunk.charAt(i), i == 0)));
      }
      return out;
    }
    if (this == MANDARIN || !hasHan(chunk)) {
      return null;
    }
    return this == KOREAN ? korean(chunk) : japanese(chunk);
  }

  private static List<Syllable> korean(String chunk) {
    List<Syllable> out = new ArrayList<>(chunk.length());
    for (int i = 0; i < chunk.length(); ) {
      int cp = chunk.codePointAt(i);
      boolean start = i == 0;
      i += Character.charCount(cp);
      String written = Character.toString(cp);
      if (KoreanRomaniser.isSyllable(cp)) {
        out.add(syllable(written, KoreanRomaniser.spellings((char) cp, start)));
        continue;
      }
      if (cp == REPEAT && !out.isEmpty()) {
        Syllable previous = out.get(out.size() - 1);
        out.add(new Syllable(previous.written(), previous.text(), previous.others()));
        continue;
      }
      HanReadings.Entry e = HanReadings.of(cp);
      if (e == null || e.korean().isEmpty()) {
        return null;
      }
      Set<String> spellings = new LinkedHashSet<>();
      for (String hangul : e.korean()) {
        spellings.addAll(KoreanRomaniser.hanjaSpellings(hangul.charAt(0), start));
      }
      out.add(syllable(written, new ArrayList<>(spellings)));
    }
    return out;
  }

  private static List<Syllable> japanese(String chunk) {
    List<Syllable> out = new ArrayList<>(chunk.length());
    HanReadings.Entry previous = null;
    for (int i = 0; i < chunk.length(); ) {
      int cp = chunk.codePointAt(i);
      boolean start = i == 0;
      if (UScript.getScript(cp) != UScript.HAN) {
        // Kana and anything else up to the next kanji: one token, as ICU writes it.
        int end = i;
        while (end < chunk.length() && UScript.getScript(chunk.codePointAt(end)) != UScript.HAN) {
          end += Character.charCount(chunk.codePointAt(end));
        }
        String kana = chunk.substring(i, end);
        String latin = ScriptTransliterator.toLatin(kana).latin();
        if (!latin.isBlank()) {
          out.add(new Syllable(kana, latin.replace(" ", ""), List.of()));
        }
        previous = null;
        i = end;
        continue;
      }
      i += Character.charCount(cp);
      HanReadings.Entry e = cp == REPEAT ? previous : HanReadings.of(cp);
      if (e == null || !e.japanese()) {
        return null;
      }
      String written = cp == REPEAT ? out.get(out.size() - 1).written() : Character.toString(cp);
      out.add(syllable(written, JapaneseRomaniser.readings(e, start)));
      previous = e;
    }
    return out;
  }

  private static Syllable syllable(String written, List<String> spellings) {
    return new Syllable(written, spellings.get(0), spellings.subList(1, spellings.size()));
  }

  private static boolean hasHan(String chunk) {
    return chunk.codePoints().anyMatch(cp -> UScript.getScript(cp) == UScript.HAN);
  }
}
