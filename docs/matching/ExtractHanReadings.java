import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the Korean and Japanese readings of Han characters that the name matcher bundles
 * (app/src/main/resources/eu/dualis/screening/service/matching/han-readings.tsv) from the Unihan
 * database. Not part of the build: run it by hand when Unihan is updated, as the README beside the
 * resource says.
 *
 * <p>Usage: {@code java ExtractHanReadings.java UNIHAN_DIR > han-readings.tsv}, where UNIHAN_DIR
 * holds Unihan_Readings.txt, Unihan_Variants.txt and Unihan_OtherMappings.txt, plain or as .bz2
 * (Debian's unicode-data package ships them in /usr/share/unicode as .bz2; bzcat reads those).
 *
 * <p>Kept: every character with a Korean reading (kHangul), and a simplified character whose
 * traditional form (kTraditionalVariant) has one, with that reading; and the Japanese readings
 * (kJapaneseKun, kJapaneseOn) of the characters of JIS X 0208 (kJis0), the kanji in common use.
 * Korean readings marked as name readings (source N) come first.
 */
public class ExtractHanReadings {

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/usr/share/unicode");
    Map<Integer, Map<String, String>> fields = new TreeMap<>();
    String version = null;
    for (String file : List.of("Readings", "Variants", "OtherMappings")) {
      for (String line : lines(dir, "Unihan_" + file + ".txt")) {
        if (line.startsWith("# Unicode version:")) {
          version = line.substring("# Unicode version:".length()).trim();
        }
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", 3);
        String key = f[1];
        if (key.equals("kHangul")
            || key.equals("kJapaneseKun")
            || key.equals("kJapaneseOn")
            || key.equals("kTraditionalVariant")
            || key.equals("kJis0")) {
          fields.computeIfAbsent(codePoint(f[0]), c -> new HashMap<>()).put(key, f[2]);
        }
      }
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println(
        "# Korean and Japanese readings of Han characters, extracted from Unihan "
            + version
            + " (Unicode Character Database) and modified in layout; see README.md");
    out.println(
        "# Copyright (c) 1991-2022 Unicode, Inc. Distributed under the Unicode License, whose"
            + " copyright and permission notice is in README.md beside this file.");
    out.println(
        "# character\tKorean readings (Hangul, name readings first)\tJapanese kun readings"
            + "\tJapanese on readings");
    int rows = 0;
    for (Map.Entry<Integer, Map<String, String>> e : fields.entrySet()) {
      Map<String, String> f = e.getValue();
      String korean = hangul(f.get("kHangul"));
      if (korean.isEmpty() && f.containsKey("kTraditionalVariant")) {
        for (String t : f.get("kTraditionalVariant").split(" ")) {
          Map<String, String> traditional = fields.get(codePoint(t));
          if (korean.isEmpty() && traditional != null) {
            korean = hangul(traditional.get("kHangul"));
          }
        }
      }
      boolean japanese = f.containsKey("kJis0");
      String kun = japanese ? lower(f.get("kJapaneseKun")) : "";
      String on = japanese ? lower(f.get("kJapaneseOn")) : "";
      if (korean.isEmpty() && kun.isEmpty() && on.isEmpty()) {
        continue;
      }
      out.println(Character.toString(e.getKey()) + "\t" + korean + "\t" + kun + "\t" + on);
      rows++;
    }
    out.flush();
    System.err.println(rows + " characters");
  }

  /** "금:0E 김:0N" is "김 금": the syllables, those read in names first. */
  private static String hangul(String value) {
    if (value == null) {
      return "";
    }
    Set<String> names = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (String reading : value.split(" ")) {
      String[] parts = reading.split(":");
      String sources = parts.length > 1 ? parts[1] : "";
      (sources.contains("N") ? names : others).add(parts[0]);
    }
    names.addAll(others);
    return String.join(" ", names);
  }

  private static String lower(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }

  private static int codePoint(String u) {
    return Integer.parseInt(u.substring(2), 16);
  }

  private static List<String> lines(Path dir, String name) throws IOException {
    Path plain = dir.resolve(name);
    if (Files.exists(plain)) {
      return Files.readAllLines(plain, StandardCharsets.UTF_8);
    }
    Process bzcat =
        new ProcessBuilder("bzcat", dir.resolve(name + ".bz2").toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(bzcat.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
