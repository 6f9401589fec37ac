package eu.dualis.screening.service.matching;

/**
 * One token of a normalised name.
 *
 * @param text lower-case Latin ASCII letters and digits
 * @param original the token as the name wrote it (lower case), before transliteration
 * @param key the phonetic key of {@code text} (see {@link PhoneticKey})
 * @param skeleton the consonant skeleton, used across scripts that do not write short vowels
 * @param writing how the script the token was written in spells names
 * @param numeric the token has a digit: numbers match exactly or not at all
 */
public record NameToken(
    String text,
    String original,
    TokenRole role,
    String key,
    String skeleton,
    Writing writing,
    boolean numeric) {

  /** A token with its keys worked out. */
  static NameToken of(String text, String original, TokenRole role, Writing writing) {
    boolean digits = false;
    for (int i = 0; i < text.length() && !digits; i++) {
      digits = Character.isDigit(text.charAt(i));
    }
    return new NameToken(
        text, original, role, PhoneticKey.of(text), PhoneticKey.skeleton(text), writing, digits);
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

  /** What this token weighs before the index's rarity is applied. */
  public double baseWeight() {
    return isInitial() ? 0.5 : role.weight();
  }
}
