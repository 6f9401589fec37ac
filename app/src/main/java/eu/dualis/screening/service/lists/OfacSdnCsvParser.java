package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ListFormatException;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.RecordProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the OFAC SDN list as its CSV trio, delivered as one ZIP holding {@code sdn.csv}, {@code
 * alt.csv} and {@code add.csv} (names in any case, in any folder of the archive). The files have no
 * header line, write "-0-" for an empty field and end with a Ctrl-Z byte, which is skipped.
 *
 * <p>Memory: the ZIP is spooled to a temporary file (deleted afterwards) because its parts are read
 * in an order the archive need not have. The aliases of alt.csv and the address countries of
 * add.csv are held in maps keyed by ent_num, a few megabytes for the whole list; sdn.csv itself is
 * streamed record by record.
 *
 * <p>sdn.csv: ent_num (the reference), name (as printed, "LAST, First" for persons), type
 * ("individual", "-0-" for an entity, "vessel", "aircraft"), program ("SDGT] [IFSR" is two), title,
 * call_sign, vess_type, tonnage, grt, vess_flag, vess_owner, remarks. Dates of birth,
 * nationalities, documents and weak aliases are in the remarks ({@link RemarksReader}). alt.csv:
 * ent_num, alt_num, alt_type (aka, fka, nka: all aliases), alt_name, alt_remarks. add.csv: ent_num,
 * add_num, address, city/state/postal, country, add_remarks. A record with the wrong number of
 * fields is reported with its file and line ("sdn.csv line 42").
 */
public final class OfacSdnCsvParser implements ListParser {

  private static final String SDN = "sdn.csv";
  private static final String ALT = "alt.csv";
  private static final String ADD = "add.csv";
  private static final String EMPTY = "-0-";
  private static final String END_OF_FILE = "\u001a";

  @Override
  public ParsedListHeader parse(InputStream in, EntitySink sink) throws IOException {
    Path spool = Files.createTempFile("ofac-sdn-", ".zip");
    try {
      Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
      try (ZipFile zip = open(spool)) {
        ZipEntry sdn = part(zip, SDN);
        ZipEntry alt = part(zip, ALT);
        ZipEntry add = part(zip, ADD);
        Map<String, List<String>> aliases = new HashMap<>();
        read(zip, alt, ALT, 5, sink, row -> aliases(row, aliases));
        Map<String, Set<String>> countries = new HashMap<>();
        read(zip, add, ADD, 6, sink, row -> countries(row, countries));
        read(zip, sdn, SDN, 12, sink, row -> entity(row, aliases, countries, sink));
      }
    } finally {
      Files.deleteIfExists(spool);
    }
    return new ParsedListHeader(null, null);
  }

  private static ZipFile open(Path spool) throws IOException {
    try {
      return new ZipFile(spool.toFile());
    } catch (ZipException e) {
      throw ListFormatException.at(
          "ZIP archive",
          "not a ZIP archive ("
              + e.getMessage()
              + "): the SDN CSV list is a ZIP"
              + " of sdn.csv, alt.csv and add.csv");
    }
  }

  private static ZipEntry part(ZipFile zip, String name) {
    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
      ZipEntry entry = entries.nextElement();
      String path = entry.getName().replace('\\', '/');
      String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      if (!entry.isDirectory() && file.equals(name)) {
        return entry;
      }
    }
    throw ListFormatException.at(
        "ZIP archive",
        "no " + name + " in the archive: the SDN CSV list needs sdn.csv, alt.csv and add.csv");
  }

  /** A row of the right size, with "-0-" as "". */
  private record Fields(String where, List<String> values) {
    String get(int index) {
      return values.get(index);
    }
  }

  private static void read(
      ZipFile zip, ZipEntry entry, String name, int size, EntitySink sink, Consumer<Fields> row)
      throws IOException {
    try (InputStream in = zip.getInputStream(entry);
        CsvRows rows = new CsvRows(in, name)) {
      for (CsvRows.Row r = rows.next(); r != null; r = rows.next()) {
        if (r.size() == 1 && (r.get(0).isEmpty() || r.record().get(0).equals(END_OF_FILE))) {
          continue;
        }
        if (r.size() != size) {
          sink.malformed(
              new RecordProblem(
                  rows.where(r.line()),
                  size + " fields expected, found " + r.size() + "; record left out"));
          continue;
        }
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          String value = r.get(i);
          values.add(EMPTY.equals(value) ? "" : value);
        }
        row.accept(new Fields(rows.where(r.line()), values));
      }
    }
  }

  private static void aliases(Fields alt, Map<String, List<String>> aliases) {
    if (!alt.get(0).isEmpty() && !alt.get(3).isEmpty()) {
      aliases.computeIfAbsent(alt.get(0), k -> new ArrayList<>(2)).add(alt.get(3));
    }
  }

  private static void countries(Fields add, Map<String, Set<String>> countries) {
    Optional<String> country = Countries.fromName(add.get(4));
    if (!add.get(0).isEmpty() && country.isPresent()) {
      countries.computeIfAbsent(add.get(0), k -> new LinkedHashSet<>(2)).add(country.get());
    }
  }

  private static void entity(
      Fields sdn,
      Map<String, List<String>> aliases,
      Map<String, Set<String>> countries,
      EntitySink sink) {
    String reference = sdn.get(0);
    String name = sdn.get(1);
    Optional<EntityType> type = type(sdn.get(2));
    String problem =
        reference.isEmpty()
            ? "no ent_num"
            : name.isEmpty()
                ? "ent_num " + reference + " has no name"
                : type.isEmpty()
                    ? "ent_num " + reference + ": unknown type \"" + sdn.get(2) + "\""
                    : null;
    if (problem != null) {
      sink.malformed(new RecordProblem(sdn.where(), problem));
      return;
    }
    EntityBuilder entity = new EntityBuilder().type(type.get()).name(name, NameKind.PRIMARY);
    aliases.getOrDefault(reference, List.of()).forEach(a -> entity.name(a, NameKind.ALIAS));
    Text.split(sdn.get(3).replaceAll("^\\[|\\]$", ""), "\\]\\s*\\[").forEach(entity::programme);
    entity.identifier("Call Sign", sdn.get(5), Optional.empty());
    entity.countryNamed(sdn.get(9));
    countries
        .getOrDefault(reference, Collections.emptySet())
        .forEach(c -> entity.country(Optional.of(c)));
    RemarksReader.read(sdn.get(11), entity);
    entity.remark(sdn.get(11));
    sink.accept(entity.build(reference));
  }

  private static Optional<EntityType> type(String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "individual" -> Optional.of(EntityType.PERSON);
      case "" -> Optional.of(EntityType.ORGANISATION);
      case "vessel" -> Optional.of(EntityType.VESSEL);
      case "aircraft" -> Optional.of(EntityType.AIRCRAFT);
      default -> Optional.empty();
    };
  }
}
