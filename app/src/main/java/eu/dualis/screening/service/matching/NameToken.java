package eu.dualis.screening.service.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * One token of a normalised name.
 *
 * @param text lower-case Latin ASCII letters and digits
 * @param original the token as the name wrote it (lower case), before transliteration
 * @param key the phonetic key of {@code text} (see {@link PhoneticKey})
 * @param skeleton the consonant skeleton, used across scripts that do not write short vowels
 * @param writing how the script the token was written in spells names
 * @param numeric the token has a digit: numbers match exactly or not at all
 * @param stem {@code text} without the ending its language inflects and other spellings drop (the
 *     -os of Greek Alexandros), or {@code text} itself where it has none
 * @param readings other romanisations of the same written token, worked out once with the name: a
 *     Korean syllable as McCune-Reischauer and custom spell it, the other readings of a Han
 *     character in Korean or Japanese. Empty for most tokens
 */
public record NameToken(
    String text,
    String original,
    TokenRole role,
    String key,
    String skeleton,
    Writing writing,
    boolean numeric,
    String stem,
    List<NameToken> readings) {

  public NameToken {
    readings = List.copyOf(readings);
  }

  /** A token with its keys worked out, one reading, no ending. */
  static NameToken of(String text, String original, TokenRole role, Writing writing) {
    return of(text, original, role, writing, text, List.of());
  }

  /** A token with its keys worked out, its stem, and its other readings. */
  static NameToken of(
      String text,
      String original,
      TokenRole role,
      Writing writing,
      String stem,
      List<String> otherReadings) {
    boolean digits = false;
    for (int i = 0; i < text.length() && !digits; i++) {
      digits = Character.isDigit(text.charAt(i));
    }
    List<NameToken> readings = new ArrayList<>(otherReadings.size());
    for (String r : otherReadings) {
      if (!r.equals(text)) {
        readings.add(of(r, original, role, writing));
      }
    }
    return new NameToken(
        text,
        original,
        role,
        PhoneticKey.of(text),
        PhoneticKey.skeleton(text),
        writing,
        digits,
        stem,
        readings);
  }

  /** Written in a script that leaves vowels out, so its transliteration lacks them too. */
  public boolean abjad() {
    return writing == Writing.ABJAD;
  }

  /** Written in another script than Latin. */
  public boolean transliterated() {
    return writing != Writing.LATIN;
  }

  public boolean isInitial() {
    return text.length() == 1 && Character.isLetter(text.charAt(0));
  }

  /** The token has an inflected ending that weighs less than its stem. */
  public boolean inflected() {
    return stem.length() < text.length();
  }

  /** What this token weighs before the index's rarity is applied. */
  public double baseWeight() {
    return isInitial() ? 0.5 : role.weight();
  }
}
