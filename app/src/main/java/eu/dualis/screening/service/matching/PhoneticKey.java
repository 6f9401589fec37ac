package eu.dualis.screening.service.matching;

/**
 * A phonetic key for names that were romanised by different people from different languages:
 * Mohammed, Muhammad and Mohamed share one key, so do Hussein and Husayn, Xi and Hsi and Shi,
 * Zelenskyy and Selenskyj, Gaddafi and Qaddafi.
 *
 * <p>Digraphs that stand for one sound are folded first (kh, sh, ch, zh, dj, ph, th...), then
 * consonants that romanisations confuse share a class (voiced and voiceless pairs, as Soundex does:
 * g/k/q, d/t, b/p, v/f/w, s/z), doubled letters collapse, and each run of vowels becomes one vowel
 * class (a/e, o/u, i/y) so that "ou" and "u", "ey" and "ei" agree. Unlike Soundex the vowels are
 * kept as classes: Mahmoud and Mohammed must not share a key.
 */
public final class PhoneticKey {

  private PhoneticKey() {}

  /** The key of a lower-case ASCII token; digits are kept as they are. */
  public static String of(String token) {
    String s = folded(token);
    StringBuilder out = new StringBuilder(s.length());
    char last = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isVowel(c)) {
        int end = i;
        while (end < s.length() && isVowel(s.charAt(end))) {
          end++;
        }
        char v = vowelClass(s, i, end);
        if (v != last) {
          out.append(v);
          last = v;
        }
        i = end;
        continue;
      }
      char k = consonantClass(c);
      if (k == 'h' && i > 0 && (i == s.length() - 1 || !isVowel(s.charAt(i + 1)))) {
        // A silent or breathy h after a sound: Abdullah/Abdulla, Bhagat/Bagat.
        i++;
        continue;
      }
      if (k != last) {
        out.append(k);
        last = k;
      }
      i++;
    }
    return out.toString();
  }

  /** The consonants alone, for names written in a script that leaves short vowels out. */
  public static String skeleton(String token) {
    StringBuilder consonants = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      // w, y and v stand for long vowels in Arabic and Hebrew spelling (waw, yod, vav).
      if ("aeiouywv".indexOf(c) < 0) {
        consonants.append(c);
      }
    }
    if (consonants.length() == 0) {
      return "";
    }
    String key = of(consonants.toString());
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!isVowel(c) && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Multi-letter spellings of one sound, rewritten to one letter before classes apply. */
  private static String folded(String t) {
    StringBuilder b = new StringBuilder(t.length());
    int n = t.length();
    for (int i = 0; i < n; ) {
      char c = t.charAt(i);
      char next = i + 1 < n ? t.charAt(i + 1) : 0;
      if (t.startsWith("shch", i)) {
        b.append('s');
        i += 4;
      } else if (t.startsWith("tsch", i)) {
        b.append('j');
        i += 4;
      } else if (t.startsWith("sch", i)) {
        b.append('s');
        i += 3;
      } else if (t.startsWith("tch", i) || t.startsWith("dzh", i)) {
        b.append('j');
        i += 3;
      } else if (c == 'h' && next == 's' && i == 0) {
        // Wade-Giles hs is Pinyin x: Hsi is Xi.
        b.append('s');
        i += 2;
      } else if (next == 'h' && "csztkgpd".indexOf(c) >= 0) {
        b.append(
            switch (c) {
              case 'c', 'z' -> 'j';
              case 's' -> 's';
              case 't' -> 't';
              case 'k' -> 'h';
              case 'g' -> 'g';
              case 'p' -> 'f';
              default -> 'd';
            });
        i += 2;
      } else if ((c == 'd' && next == 'j') || (c == 'c' && next == 'k')) {
        b.append(c == 'd' ? 'j' : 'k');
        i += 2;
      } else if ((c == 't' && (next == 's' || next == 'z'))) {
        b.append('s');
        i += 2;
      } else if (c == 'q' && next == 'u') {
        b.append('k');
        i += 2;
      } else if (c == 'x') {
        b.append(i == 0 ? "s" : "ks");
        i++;
      } else if (c == 'c') {
        b.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
        i++;
      } else if (c == 'j' && i > 0 && isVowel(t.charAt(i - 1))) {
        // Sergej, Zelenskyj: a j after a vowel is the y of Sergey.
        b.append('i');
        i++;
      } else if (c == 'e' && next == 'o' || c == 'e' && next == 'u') {
        // Korean romanisation: eo and eu are the o and u of older spellings.
        b.append('u');
        i += 2;
      } else if (c == 'o' && next == 'o') {
        b.append('u');
        i += 2;
      } else if (c == 'e' && next == 'e') {
        b.append('i');
        i += 2;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private static char vowelClass(String s, int from, int to) {
    char first = s.charAt(from);
    return switch (first) {
      case 'a', 'e' -> 'a';
      case 'o', 'u' -> 'u';
      default -> 'i';
    };
  }

  private static char consonantClass(char c) {
    return switch (c) {
      case 'g', 'k', 'q' -> 'k';
      case 'd', 't' -> 't';
      case 'b', 'p' -> 'p';
      case 'v', 'f', 'w' -> 'f';
      case 'z', 's' -> 's';
      default -> c;
    };
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
