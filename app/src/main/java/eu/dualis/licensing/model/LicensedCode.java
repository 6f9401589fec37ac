package eu.dualis.licensing.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Annex I entry code as a licence names it ({@code 5A002}, {@code 5A002.a.1}). The licensing
 * capability keeps its own small reading of the code, because it may use classification only
 * through that capability's service; the grammar is the same: category digit, group letter A-E,
 * three digits, then sub-items of letters or numbers separated by dots.
 */
public record LicensedCode(String value) {

  private static final Pattern CANONICAL =
      Pattern.compile("[0-9][A-E][0-9]{3}(?:\\.(?:[a-z]{1,2}|[1-9][0-9]{0,2}))*");
  private static final Pattern WRITTEN = Pattern.compile("([0-9][A-Ea-e][0-9]{3})((?:\\.\\w+)*)");

  public LicensedCode {
    if (value == null || !CANONICAL.matcher(value).matches()) {
      throw new IllegalArgumentException("not an Annex I entry code: " + value);
    }
  }

  /** The code as people write it (head in any case, one trailing dot); empty when it is none. */
  public static Optional<LicensedCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    Matcher m = WRITTEN.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String candidate = m.group(1).toUpperCase() + m.group(2).toLowerCase();
    return CANONICAL.matcher(candidate).matches()
        ? Optional.of(new LicensedCode(candidate))
        : Optional.empty();
  }

  /**
   * True when {@code code} is this entry or one of its sub-items: {@code 5A002} covers {@code
   * 5A002.a.1}; a licence for an entry covers what the entry lists. A mere prefix of characters
   * ({@code 5A00}) is no entry and covers nothing.
   */
  public boolean covers(LicensedCode code) {
    return code.value.equals(value) || code.value.startsWith(value + ".");
  }

  @Override
  public String toString() {
    return value;
  }
}
