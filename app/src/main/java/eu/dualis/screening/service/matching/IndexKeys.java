package eu.dualis.screening.service.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lookup keys of a name's tokens. A name is found by any one key of any one of its tokens, so
 * the keys cover the ways a token may vary: its phonetic key (spelling variants that sound alike),
 * its first and last four letters (a typo leaves one of them intact), its consonant skeleton
 * (across scripts without vowels), and the joined key of two neighbours (Abdul Rahman and
 * Abdulrahman); each in every reading a token has (the readings of a kanji, 山 yama or san).
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
      joined(t, tokens.get(i + 1), out);
    }
    if (i > 0 && searchable(tokens.get(i - 1))) {
      joined(tokens.get(i - 1), t, out);
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
        joined(t, tokens.get(i + 1), out);
      }
    }
  }

  /** The key of two neighbours written as one word, in each of their readings. */
  private static void joined(NameToken first, NameToken second, Consumer<String> out) {
    out.accept("k" + PhoneticKey.of(first.text() + second.text()));
    if (first.readings().isEmpty() && second.readings().isEmpty()) {
      return;
    }
    for (NameToken a : forms(first)) {
      for (NameToken b : forms(second)) {
        if (a != first || b != second) {
          out.accept("k" + PhoneticKey.of(a.text() + b.text()));
        }
      }
    }
  }

  private static List<NameToken> forms(NameToken t) {
    if (t.readings().isEmpty()) {
      return List.of(t);
    }
    List<NameToken> all = new ArrayList<>(1 + t.readings().size());
    all.add(t);
    all.addAll(t.readings());
    return all;
  }

  private static void single(NameToken t, Consumer<String> out) {
    affixes(t, out);
    for (NameToken r : t.readings()) {
      affixes(r, out);
    }
  }

  private static void affixes(NameToken t, Consumer<String> out) {
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
