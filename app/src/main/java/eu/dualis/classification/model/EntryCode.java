package eu.dualis.classification.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of an entry of Annex I of Regulation (EU) 2021/821: a category digit (0-9), a product
 * group letter (A-E) and three digits ({@code 5A002}), then sub-items separated by dots, letters or
 * numbers ({@code 5A002.a}, {@code 5A002.a.1}, {@code 1C350.45}). Stored in the printed form: the
 * head in upper case, letters of sub-items in lower case, no trailing dot.
 */
public record EntryCode(String value) {

  private static final String HEAD = "[0-9][A-E][0-9]{3}";
  private static final String SUB_ITEM = "(?:[a-z]{1,2}|[1-9][0-9]{0,2})";
  private static final Pattern CANONICAL = Pattern.compile(HEAD + "(?:\\." + SUB_ITEM + ")*");
  private static final Pattern WRITTEN = Pattern.compile("([0-9][A-Ea-e][0-9]{3})((?:\\.\\w+)*)");

  public EntryCode {
    if (value == null || !CANONICAL.matcher(value).matches()) {
      throw new IllegalArgumentException("not an Annex I entry code: " + value);
    }
  }

  /**
   * Reads a code as people write it: surrounding spaces and one trailing dot are ignored ({@code
   * "5A002.a. "}), the head may be in lower case and sub-item letters in upper case. Empty when the
   * text is not an Annex I code.
   */
  public static Optional<EntryCode> parse(String text) {
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
        ? Optional.of(new EntryCode(candidate))
        : Optional.empty();
  }

  /** The code without sub-items: {@code 5A002} for {@code 5A002.a.1}. */
  public EntryCode head() {
    return isHead() ? this : new EntryCode(value.substring(0, 5));
  }

  /** True for a code without sub-items. */
  public boolean isHead() {
    return value.length() == 5;
  }

  /** The sub-items after the head, in order: {@code [a, 1]} for {@code 5A002.a.1}. */
  public List<String> subItems() {
    return isHead() ? List.of() : Arrays.asList(value.substring(6).split("\\."));
  }

  /** The code one level up: {@code 5A002.a} for {@code 5A002.a.1}; none for a head. */
  public Optional<EntryCode> parent() {
    return isHead()
        ? Optional.empty()
        : Optional.of(new EntryCode(value.substring(0, value.lastIndexOf('.'))));
  }

  /** The code of the sub-item {@code item} (a letter or a number) below this one. */
  public EntryCode child(String item) {
    return new EntryCode(value + "." + item);
  }

  /** True when this code is {@code ancestor} itself or one of its sub-items, at any depth. */
  public boolean isWithin(EntryCode ancestor) {
    return value.equals(ancestor.value) || value.startsWith(ancestor.value + ".");
  }

  /** The category, 0-9 (0 nuclear ... 9 aerospace and propulsion). */
  public int category() {
    return value.charAt(0) - '0';
  }

  public ProductGroup productGroup() {
    return ProductGroup.ofLetter(value.charAt(1));
  }

  /** The regime the entry comes from, derived from the code (see {@link ExportControlRegime}). */
  public ExportControlRegime regime() {
    return ExportControlRegime.of(category(), Integer.parseInt(value.substring(2, 5)));
  }

  @Override
  public String toString() {
    return value;
  }
}
