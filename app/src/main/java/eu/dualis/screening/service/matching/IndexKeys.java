package eu.dualis.screening.service.matching;

import java.util.List;
import java.util.function.Consumer;

/**
 * The lookup keys of a name's tokens. A name is found by any one key of any one of its tokens, so
 * the keys cover the ways a token may vary: its phonetic key (spelling variants that sound alike),
 * its first and last four letters (a typo leaves one of them intact), its consonant skeleton
 * (across scripts without vowels), and the joined key of two neighbours (Abdul Rahman and
 * Abdulrahman).
 */
final class IndexKeys {

  private IndexKeys() {}

  /** Keys under which a listed name is filed. */
  static void ofListed(List<NameToken> tokens, Consumer<String> out) {
    each(tokens, out);
  }

  /** Keys a query looks up, for its token at {@code i}. */
  static void ofQueryToken(List<NameToken> tokens, int i, Consumer<String> out) {
    NameToken t = tokens.get(i);
    if (!searchable(t)) {
      return;
    }
    single(t, out);
    // Its skeleton finds the name where the list writes it in Arabic or Hebrew, and the reverse.
    if (t.skeleton().length() >= 2) {
      out.accept((t.abjad() ? "s" : "a") + t.skeleton());
    }
    if (i + 1 < tokens.size() && searchable(tokens.get(i + 1))) {
      out.accept("k" + PhoneticKey.of(t.text() + tokens.get(i + 1).text()));
    }
    if (i > 0 && searchable(tokens.get(i - 1))) {
      out.accept("k" + PhoneticKey.of(tokens.get(i - 1).text() + t.text()));
    }
  }

  private static void each(List<NameToken> tokens, Consumer<String> out) {
    for (int i = 0; i < tokens.size(); i++) {
      NameToken t = tokens.get(i);
      if (!searchable(t)) {
        continue;
      }
      single(t, out);
      if (t.skeleton().length() >= 2) {
        out.accept((t.abjad() ? "a" : "s") + t.skeleton());
      }
      if (i + 1 < tokens.size() && searchable(tokens.get(i + 1))) {
        out.accept("k" + PhoneticKey.of(t.text() + tokens.get(i + 1).text()));
      }
    }
  }

  private static void single(NameToken t, Consumer<String> out) {
    out.accept("k" + t.key());
    String text = t.text();
    if (text.length() >= 5) {
      out.accept("f" + text.substring(0, 4));
      out.accept("l" + text.substring(text.length() - 4));
    } else {
      out.accept("w" + text);
    }
  }

  /** Particles, legal forms and initials find everything and so find nothing. */
  static boolean searchable(NameToken t) {
    return t.role() == TokenRole.NAME && t.text().length() >= 2;
  }
}
