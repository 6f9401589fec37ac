package eu.dualis.screening.service.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The readings of a kanji as Japanese names spell them in Latin letters. Unihan gives each kanji
 * its native (kun) and Sino-Japanese (on) readings; names use both (山田 Yamada is kun, 太郎 Taro on),
 * so every reading is a candidate, and the matcher keeps whichever fits the other name. Three
 * habits of names are worked in:
 *
 * <ul>
 *   <li>passports and lists write long vowels single, in modified Hepburn: Unihan's rou, chuu and
 *       oo are ro, chu and o (Taro, Ono);
 *   <li>an adjective lends a name its stem: 浩 hiroi gives Hiro-, 正 tadashii gives Tada-;
 *   <li>inside a name a reading voices its first consonant (rendaku): 林 hayashi is -bayashi in
 *       Kobayashi, 島 shima -jima in Kojima. Voicing of k, s and t needs no extra reading, since the
 *       phonetic key does not tell k from g, s from z or t from d.
 * </ul>
 *
 * Stateless.
 */
final class JapaneseRomaniser {

  /** Readings beyond this many per kanji are rare ones that only add chance matches. */
  private static final int MAX_READINGS = 12;

  private JapaneseRomaniser() {}

  /**
   * The readings of a kanji, native readings first.
   *
   * @param nameStart the kanji opens a word, where its first consonant is never voiced
   */
  static List<String> readings(HanReadings.Entry e, boolean nameStart) {
    Set<String> out = new LinkedHashSet<>();
    for (String kun : e.kun()) {
      out.add(hepburn(kun));
      String stem = adjectiveStem(kun);
      if (stem != null) {
        out.add(hepburn(stem));
      }
    }
    for (String on : e.on()) {
      out.add(hepburn(on));
    }
    if (!nameStart) {
      for (String r : new ArrayList<>(out)) {
        String voiced = voiced(r);
        if (voiced != null) {
          out.add(voiced);
        }
      }
    }
    List<String> all = new ArrayList<>(out);
    return List.copyOf(all.subList(0, Math.min(MAX_READINGS, all.size())));
  }

  /** Unihan's long vowels written single: kou, chuu, oo are ko, chu, o. */
  static String hepburn(String unihan) {
    return unihan.replace("ou", "o").replace("uu", "u").replace("oo", "o");
  }

  /** The stem of an adjective reading (takai, tadashii), or null where it is none. */
  private static String adjectiveStem(String kun) {
    if (kun.endsWith("shii") && kun.length() > 5) {
      return kun.substring(0, kun.length() - 4);
    }
    int n = kun.length();
    if (n >= 4 && kun.charAt(n - 1) == 'i' && "aiou".indexOf(kun.charAt(n - 2)) >= 0) {
      return kun.substring(0, n - 1);
    }
    return null;
  }

  /** The reading with its first consonant voiced where the key would not see it, or null. */
  private static String voiced(String reading) {
    if (reading.startsWith("sh") || reading.startsWith("ch")) {
      return "j" + reading.substring(2);
    }
    if (reading.startsWith("h")) {
      return "b" + reading.substring(1);
    }
    if (reading.startsWith("f")) {
      return "b" + reading.substring(1);
    }
    return null;
  }
}
