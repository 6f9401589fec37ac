package eu.dualis.screening.service.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Korean and Japanese readings of Han characters, from the Unihan database as bundled in
 * han-readings.tsv beside this class (its README tells the source and how it was extracted). Read
 * once, on first use; immutable afterwards.
 */
final class HanReadings {

  /**
   * @param korean the Hangul syllables the character is read as in Korean, name readings first
   * @param kun its native Japanese readings, as Unihan writes them (lower case, long vowels
   *     doubled)
   * @param on its Sino-Japanese readings, likewise
   */
  record Entry(List<String> korean, List<String> kun, List<String> on) {

    boolean japanese() {
      return !kun.isEmpty() || !on.isEmpty();
    }
  }

  private static final String RESOURCE = "han-readings.tsv";

  private HanReadings() {}

  /** The readings of a character, or null where Unihan gives it none in either language. */
  static Entry of(int codePoint) {
    return Table.ENTRIES.get(codePoint);
  }

  /** Loaded when first asked for, so that names without Han characters never read the file. */
  private static final class Table {
    static final Map<Integer, Entry> ENTRIES = load();
  }

  private static Map<Integer, Entry> load() {
    Map<Integer, Entry> entries = new HashMap<>(16_384);
    try (InputStream in = HanReadings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        entries.put(f[0].codePointAt(0), new Entry(words(f[1]), words(f[2]), words(f[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(entries);
  }

  private static List<String> words(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split(" "));
  }
}
