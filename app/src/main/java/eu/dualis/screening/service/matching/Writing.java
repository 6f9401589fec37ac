package eu.dualis.screening.service.matching;

/** How the script a token was written in spells names, which decides how it may be compared. */
public enum Writing {
  /** Latin letters, with or without diacritics. */
  LATIN,
  /** Another alphabet or abugida (Cyrillic, Greek, Devanagari...): letter for letter. */
  ALPHABET,
  /**
   * A script that leaves short vowels out (Arabic, Hebrew, Thai spelling of names): its
   * transliteration is a consonant skeleton of the Latin spelling.
   */
  ABJAD,
  /**
   * Han, Hangul, kana: each token is one character, one syllable. A different character is a
   * different name, however alike the transliterations look.
   */
  SYLLABIC
}
