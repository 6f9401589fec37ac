package eu.dualis.screening.service.matching;

import com.ibm.icu.lang.UScript;
import java.util.List;

/**
 * Greek names are inflected: the nominative adds -os, -as, -is or -es to the stem (Alexandros,
 * Nikolaos, Thanasis, Periklis), an ending that English and other languages drop or write their own
 * way (Alexander, Nicholas, Pericles). A Greek token is therefore also compared by its stem, at a
 * small cost: the ending weighs less than the rest of the name, but something.
 */
final class GreekEndings {

  /** What a match through the stems alone gives up against one of the whole tokens. */
  static final double ENDING_COST = 0.04;

  /** Transliterated endings (ος, ας, ης/ις, ες); ICU writes η as i. */
  private static final List<String> ENDINGS = List.of("os", "as", "is", "es");

  /** A stem shorter than this is too little of a name to compare alone. */
  private static final int MIN_STEM = 3;

  private GreekEndings() {}

  /** The stem of a token transliterated from {@code original}, or the token where it has none. */
  static String stem(String latin, String original) {
    if (!isGreek(original)) {
      return latin;
    }
    for (String e : ENDINGS) {
      if (latin.endsWith(e) && latin.length() - e.length() >= MIN_STEM) {
        return latin.substring(0, latin.length() - e.length());
      }
    }
    return latin;
  }

  private static boolean isGreek(String original) {
    for (int i = 0; i < original.length(); ) {
      int cp = original.codePointAt(i);
      if (Character.isLetter(cp)) {
        return UScript.getScript(cp) == UScript.GREEK;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
