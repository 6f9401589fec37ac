package eu.dualis.classification.service;

import java.util.regex.Pattern;

/** Cleans text taken from EUR-Lex XHTML down to the words of the act. */
final class LegalText {

  /**
   * Consolidated texts mark where an act changed the text: "▼B" (basic act), "▼M5" (fifth amending
   * act), "▼C1" (corrigendum) before a passage, "►M4 … ◄" around a few words. The marks are
   * editorial, not legal text, and would make every amendment look like a change of wording. "B" is
   * the only mark without a number, which keeps "▼BANNEX" from losing its "A".
   */
  private static final Pattern AMENDMENT_MARK =
      Pattern.compile("[▼►]\\s?(?:[A-Z]\\d{1,3}|B)?|\\s*◄");

  /** Every kind of space, including no-break and thin spaces, and the soft hyphen's absence. */
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u3000]+");

  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\uFEFF]");

  private static final Pattern DELETED =
      Pattern.compile("(?i)[\\[(]?\\s*deleted\\s*[\\])]?\\s*[.;]?");

  private LegalText() {}

  /** The text without amendment marks, invisible characters and runs of white space. */
  static String clean(String raw) {
    String text = AMENDMENT_MARK.matcher(raw).replaceAll("");
    text = INVISIBLE.matcher(text).replaceAll("");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** True for the whole text of an entry that was deleted but left in place: "deleted". */
  static boolean isDeleted(String text) {
    return DELETED.matcher(text.strip()).matches();
  }
}
