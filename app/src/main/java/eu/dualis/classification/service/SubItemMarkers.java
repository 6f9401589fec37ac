package eu.dualis.classification.service;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markers that open sub-items in Annex I: {@code a.}, {@code 1.}, and compound ones such as
 * {@code a.1.} that give a path below the entry code. Letters and numbers alternate down the tree
 * (a letter under a code, a number under a letter, a letter under a number), although some entries
 * list numbers directly under the code (1C350).
 */
final class SubItemMarkers {

  private static final String ITEM = "(?:[a-z]{1,2}|[1-9][0-9]{0,2})";

  /** A marker at the start of a text, then white space or the end; the dot is required. */
  private static final Pattern AT_START =
      Pattern.compile("(" + ITEM + "(?:\\." + ITEM + ")*)\\.(?:\\s+(.*))?", Pattern.DOTALL);

  /** A marker and the text after it (empty when the block held only the marker). */
  record Marker(List<String> path, String rest) {

    String last() {
      return path.get(path.size() - 1);
    }
  }

  private SubItemMarkers() {}

  /**
   * The marker a text starts with. A compound marker must alternate letters and numbers, which
   * keeps abbreviations such as "e.g." and "i.e." from reading as markers.
   */
  static Optional<Marker> at(String text) {
    Matcher m = AT_START.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> path = Arrays.asList(m.group(1).split("\\."));
    for (int i = 1; i < path.size(); i++) {
      if (isLetter(path.get(i)) == isLetter(path.get(i - 1))) {
        return Optional.empty();
      }
    }
    return Optional.of(new Marker(path, m.group(2) == null ? "" : m.group(2).strip()));
  }

  static boolean isLetter(String item) {
    return Character.isLetter(item.charAt(0));
  }

  /** True for the first item of a list: "a" or "1". */
  static boolean isFirst(String item) {
    return "a".equals(item) || "1".equals(item);
  }

  /**
   * True when {@code next} directly follows {@code item} in the same list: b after a, 3 after 2.
   */
  static boolean follows(String next, String item) {
    return isLetter(next) == isLetter(item) && rank(next) == rank(item) + 1;
  }

  /**
   * True when {@code later} comes after {@code item} in the same list, with items left out between
   * (abridged or removed without a "deleted" row).
   */
  static boolean comesAfter(String later, String item) {
    return isLetter(later) == isLetter(item) && rank(later) > rank(item);
  }

  /** The position in its list: a=1 ... z=26, aa=27 ...; numbers are themselves. */
  private static int rank(String item) {
    if (!isLetter(item)) {
      return Integer.parseInt(item);
    }
    int rank = 0;
    for (char c : item.toCharArray()) {
      rank = rank * 26 + (c - 'a' + 1);
    }
    return rank;
  }
}
