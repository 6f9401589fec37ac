package eu.dualis.screening.service.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a Hangul syllable in Latin letters: in the Revised Romanisation first (김정은 is gim jeong
 * eun), then in the other spellings Korean names are given in passports, lists and the press,
 * worked out from the letters of the syllable rather than listed per name:
 *
 * <ul>
 *   <li>McCune-Reischauer and older spellings write the plain stops as k, t, p, ch (Kim, Pak,
 *       Chung) and the vowels ㅓ and ㅡ as o or u (Jong, Jung, Un);
 *   <li>custom spells long vowels ee and oo (Lee, Moon, Yoo) and ㅚ as oi (Choi), and adds an h that
 *       the phonetic key ignores anyway (Oh, Ahn);
 *   <li>at the start of a name, a syllable that South Korean spelling writes without its initial ㄹ
 *       (이, 유, 임, 노) is often romanised with it (Rhee, Ryu, Lim, Roh), and the reverse;
 *   <li>a few surnames have a customary spelling no rule gives: 박 Park, 허 Hur, 우 Woo, 이 Lee and Yi.
 * </ul>
 *
 * Stateless.
 */
final class KoreanRomaniser {

  private static final int FIRST = 0xAC00;
  private static final int LAST = 0xD7A3;

  /** Initial consonants (19), each with its Revised spelling first. */
  private static final String[][] INITIALS = {
    {"g", "k"}, {"kk", "gg", "k"}, {"n"}, {"d", "t"}, {"tt", "dd", "t"}, {"r", "l"}, {"m"},
    {"b", "p"}, {"pp", "bb", "p"}, {"s"}, {"ss", "s"}, {""}, {"j", "ch"}, {"jj", "j", "tch"},
    {"ch"}, {"k"}, {"t"}, {"p"}, {"h"}
  };

  /** Vowels (21). */
  private static final String[][] VOWELS = {
    {"a"},
    {"ae", "e"},
    {"ya"},
    {"yae", "ye"},
    {"eo", "o", "u"},
    {"e"},
    {"yeo", "yo", "yu"},
    {"ye"},
    {"o"},
    {"wa"},
    {"wae"},
    {"oe", "oi", "we"},
    {"yo"},
    {"u", "oo"},
    {"wo"},
    {"we"},
    {"wi"},
    {"yu", "yoo"},
    {"eu", "u"},
    {"ui", "eui", "i"},
    {"i", "ee"}
  };

  /** Final consonants (28, the first none), as they sound at the end of a syllable. */
  private static final String[][] FINALS = {
    {""}, {"k", "g"}, {"k"}, {"k"}, {"n"}, {"n"}, {"n"}, {"t"}, {"l", "r"}, {"k"}, {"m"}, {"l"},
    {"l"}, {"l"}, {"p"}, {"l"}, {"m"}, {"p", "b"}, {"p"}, {"t"}, {"t"}, {"ng"}, {"t"}, {"t"},
    {"k"}, {"t"}, {"p"}, {"t"}
  };

  private static final int IEUNG = 11;
  private static final int RIEUL = 5;
  private static final int NIEUN = 2;
  private static final int SIOT = 9;
  private static final int VOWEL_I = 20;

  /** Customary spellings of surnames that no rule gives. */
  private static final Map<Character, List<String>> SURNAMES =
      Map.of(
          '박', List.of("park"),
          '허', List.of("hur"),
          '우', List.of("woo"),
          '이', List.of("lee", "yi", "rhee"),
          '리', List.of("lee", "yi", "rhee"));

  private KoreanRomaniser() {}

  static boolean isSyllable(int c) {
    return c >= FIRST && c <= LAST;
  }

  /** Whether every character of the chunk is a Hangul syllable. */
  static boolean isHangul(String chunk) {
    if (chunk.isEmpty()) {
      return false;
    }
    for (int i = 0; i < chunk.length(); i++) {
      if (!isSyllable(chunk.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The spellings of a syllable written in Hangul, the Revised Romanisation first.
   *
   * @param nameStart the syllable opens a name, where the initial-sound rule and the customary
   *     surname spellings apply
   */
  static List<String> spellings(char syllable, boolean nameStart) {
    return spellings(syllable, nameStart, nameStart);
  }

  /**
   * The spellings of a Hangul reading of a Han character. Unihan gives a character both its forms
   * where the initial-sound rule changes it (李 is 리 and 이), so the rule adds nothing here but
   * chance matches.
   */
  static List<String> hanjaSpellings(char syllable, boolean nameStart) {
    return spellings(syllable, nameStart, false);
  }

  private static List<String> spellings(char syllable, boolean nameStart, boolean soundRule) {
    int index = syllable - FIRST;
    int initial = index / (21 * 28);
    int vowel = (index % (21 * 28)) / 28;
    int fin = index % 28;
    List<String> initials = new ArrayList<>(List.of(INITIALS[initial]));
    if (initial == SIOT && (vowel == VOWEL_I || vowel == 16)) {
      initials.add("sh"); // 시, 신, 쉬: Shin, Shim
    }
    if (soundRule) {
      initialSoundRule(initial, vowel, initials);
    }
    List<String> vowels = new ArrayList<>(List.of(VOWELS[vowel]));
    if (vowel == VOWEL_I && fin != 0) {
      vowels.remove("ee"); // Kim, Lim, not Keem
    }
    Set<String> out = new LinkedHashSet<>();
    for (String v : vowels) {
      for (String i : initials) {
        for (String f : FINALS[fin]) {
          out.add(i + v + f);
        }
      }
    }
    if (nameStart) {
      out.addAll(SURNAMES.getOrDefault(syllable, List.of()));
    }
    return List.copyOf(out);
  }

  /**
   * South Korean spelling drops an initial ㄹ before i and y (리 is 이) and makes it ㄴ before other
   * vowels (로 is 노) at the start of a word; North Korean spelling and many romanised names keep it.
   * Either way round, both spellings are the name's.
   */
  private static void initialSoundRule(int initial, int vowel, List<String> initials) {
    boolean iOrY = vowel == VOWEL_I || VOWELS[vowel][0].startsWith("y");
    if (initial == IEUNG && iOrY || initial == NIEUN && !iOrY) {
      initials.add("r");
      initials.add("l");
    } else if (initial == RIEUL) {
      initials.add(iOrY ? "" : "n");
    }
  }
}
