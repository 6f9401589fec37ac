package eu.dualis.screening.service.matching;

/** How a query token was paired with a list token, strongest first. */
public enum MatchKind {
  /** The same token once case, diacritics and punctuation are set aside. */
  EXACT,
  /** The same token once one side was written in another script and transliterated. */
  TRANSLITERATED,
  /** Different spellings that sound alike: the same phonetic key. */
  PHONETIC,
  /** A spelling variant or typo: close by edit distance. */
  SPELLING,
  /** An initial on one side, a name with that first letter on the other. */
  INITIAL,
  /** One token on one side is two or more on the other, joined or split. */
  JOINED,
  /** Both sides are legal forms of companies, of the same kind but spelled differently. */
  LEGAL_FORM,
  /** A token of one side with no counterpart on the other. */
  UNMATCHED
}
