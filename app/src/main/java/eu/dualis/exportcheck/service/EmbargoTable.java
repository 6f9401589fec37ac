package eu.dualis.exportcheck.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dated table of EU arms embargoes and sanctions regimes by destination country, which the
 * export check holds exports against. It ships with the EU set as of its date; {@code
 * EMBARGO_TABLE_FILE} names a newer file in the same format. A table that does not read cleanly
 * stops the start: an export check against half a table would release what it should hold.
 */
@ApplicationScoped
public class EmbargoTable {

  static final String BUNDLED = "/exportcheck/eu-embargoes.csv";
  static final List<String> COLUMNS =
      List.of("country", "regime", "legal_act", "measure", "in_force_since", "note");

  private static final Logger LOG = Logger.getLogger(EmbargoTable.class.getName());
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final String AS_OF = "# as of:";
  private static final String SOURCE = "# source:";

  @Inject
  @ConfigProperty(name = "EMBARGO_TABLE_FILE")
  Optional<String> file;

  private volatile Loaded table;

  /** The table as read from a file: its date, its source and its rows. */
  record Loaded(LocalDate asOf, String source, List<EmbargoRegime> regimes) {}

  // Read at start-up rather than on the first export check, so that a bad file stops the start.
  void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
    loaded();
  }

  /** The measures in force for exports to this country on that day; none for an EU country. */
  public List<EmbargoRegime> regimesFor(String iso2, LocalDate on) {
    if (iso2 == null || on == null) {
      return List.of();
    }
    String country = iso2.strip().toUpperCase(Locale.ROOT);
    return loaded().regimes().stream()
        .filter(r -> r.country().equals(country) && r.inForceOn(on))
        .toList();
  }

  /** The day the table describes. */
  public LocalDate asOf() {
    return loaded().asOf();
  }

  /** Where the table's content comes from, e.g. the EU Sanctions Map and EUR-Lex. */
  public String source() {
    return loaded().source();
  }

  private Loaded loaded() {
    Loaded current = table;
    if (current == null) {
      synchronized (this) {
        if (table == null) {
          table = read();
        }
        current = table;
      }
    }
    return current;
  }

  private Loaded read() {
    Optional<String> configured = file == null ? Optional.empty() : file.filter(f -> !f.isBlank());
    if (configured.isPresent()) {
      Path path = Path.of(configured.get().strip());
      try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        Loaded loaded = parse(in, path.toString());
        LOG.info(() -> "Embargo table " + path + " as of " + loaded.asOf());
        return loaded;
      } catch (IOException e) {
        throw new IllegalStateException(
            "The embargo table " + path + " (EMBARGO_TABLE_FILE) cannot be read: " + e, e);
      }
    }
    InputStream bundled = EmbargoTable.class.getResourceAsStream(BUNDLED);
    if (bundled == null) {
      throw new IllegalStateException("The embargo table " + BUNDLED + " is missing");
    }
    try (Reader in = new InputStreamReader(bundled, StandardCharsets.UTF_8)) {
      return parse(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table strictly: the header lines {@code # as of: yyyy-MM-dd} and {@code # source: ...},
   * the column line, then one row per country and measure.
   *
   * @throws IllegalStateException naming the file, the line and the field of the first problem
   */
  static Loaded parse(Reader reader, String name) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    LocalDate asOf = null;
    String source = null;
    boolean columnsSeen = false;
    List<EmbargoRegime> regimes = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (text.isBlank()) {
        continue;
      }
      if (text.startsWith("#")) {
        if (text.regionMatches(true, 0, AS_OF, 0, AS_OF.length())) {
          asOf = date(text.substring(AS_OF.length()).strip(), name, number, "as of");
        } else if (text.regionMatches(true, 0, SOURCE, 0, SOURCE.length())) {
          source = text.substring(SOURCE.length()).strip();
        }
        continue;
      }
      List<String> fields = fields(text, name, number);
      if (!columnsSeen) {
        if (!fields.equals(COLUMNS)) {
          throw problem(name, number, "columns", "expected " + String.join(",", COLUMNS));
        }
        columnsSeen = true;
        continue;
      }
      EmbargoRegime regime = row(fields, name, number);
      if (asOf != null && regime.inForceSince().isAfter(asOf)) {
        throw problem(name, number, "in_force_since", "is after the table's date " + asOf);
      }
      regimes.add(regime);
    }
    if (asOf == null) {
      throw problem(name, 0, "as of", "the header line \"# as of: yyyy-MM-dd\" is missing");
    }
    if (source == null || source.isBlank()) {
      throw problem(name, 0, "source", "the header line \"# source: ...\" is missing");
    }
    if (!columnsSeen || regimes.isEmpty()) {
      throw problem(name, number, "columns", "the table has no rows");
    }
    return new Loaded(asOf, source, List.copyOf(regimes));
  }

  private static EmbargoRegime row(List<String> fields, String name, int line) {
    if (fields.size() != COLUMNS.size()) {
      throw problem(
          name, line, "columns", fields.size() + " fields where " + COLUMNS.size() + " belong");
    }
    String country = fields.get(0).strip();
    if (!COUNTRIES.contains(country)) {
      throw problem(name, line, "country", "'" + country + "' is not an ISO 3166-1 alpha-2 code");
    }
    String regime = required(fields.get(1), name, line, "regime");
    String act = required(fields.get(2), name, line, "legal_act");
    EmbargoRegime.Measure measure;
    try {
      measure = EmbargoRegime.Measure.valueOf(fields.get(3).strip());
    } catch (IllegalArgumentException e) {
      throw problem(
          name,
          line,
          "measure",
          "'"
              + fields.get(3)
              + "' is not one of "
              + Arrays.toString(EmbargoRegime.Measure.values()));
    }
    LocalDate since = date(fields.get(4).strip(), name, line, "in_force_since");
    String note = fields.get(5).strip();
    return new EmbargoRegime(country, regime, act, measure, since, note.isEmpty() ? null : note);
  }

  private static String required(String value, String name, int line, String field) {
    if (value.isBlank()) {
      throw problem(name, line, field, "is empty");
    }
    return value.strip();
  }

  private static LocalDate date(String value, String name, int line, String field) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw problem(name, line, field, "'" + value + "' is not a date (yyyy-MM-dd)");
    }
  }

  /** Comma-separated fields; a field in double quotes may hold commas, "" is one quote. */
  static List<String> fields(String line, String name, int number) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        field.setLength(0);
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw problem(name, number, "columns", "a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }

  private static IllegalStateException problem(String name, int line, String field, String what) {
    String where = line > 0 ? name + " line " + line : name;
    return new IllegalStateException("Embargo table " + where + ", field " + field + ": " + what);
  }
}
