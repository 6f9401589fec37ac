package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.RecordProblem;
import eu.dualis.screening.service.lists.EntitySink;
import eu.dualis.screening.service.lists.EuFsfXmlParser;
import eu.dualis.screening.service.lists.ListParser;
import eu.dualis.screening.service.lists.OfacSdnCsvParser;
import eu.dualis.screening.service.lists.UnXmlParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The name-matching fixtures of src/test/resources/fixtures (see the README there) read for the
 * quality tests and the matching benchmark, and the measures both report.
 */
public final class MatchingFixtures {

  private static final String MATCHING = "/fixtures/matching/";
  private static final String SANCTIONS = "/fixtures/sanctions/";

  private MatchingFixtures() {}

  /** A labelled pair of name-pairs.csv, with logic-v2's score where it scored it. */
  public record LabelledPair(
      String group, EntityType type, String name1, String name2, boolean match, Double peer) {}

  /** A pair of cross-script-pairs.csv and the least score it should reach. */
  public record CrossScriptPair(String query, String expected, double minScore, String about) {}

  /** A person to screen: from the UN queries or the non-listed people. */
  public record Person(String name, String dateOfBirth, String country) {}

  /** Precision, recall and F1 of predictions against labels. */
  public record Quality(int pairs, double precision, double recall, double f1) {
    static Quality of(int tp, int fp, int fn, int pairs) {
      double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      return new Quality(pairs, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  public static List<LabelledPair> namePairs() {
    Map<String, Double> peer = new HashMap<>();
    for (CSVRecord r : csv(MATCHING + "name-pairs-logicv2-scores.csv")) {
      peer.put(r.get("name1") + "\u0000" + r.get("name2"), Double.valueOf(r.get("score")));
    }
    List<LabelledPair> out = new ArrayList<>();
    for (CSVRecord r : csv(MATCHING + "name-pairs.csv")) {
      out.add(
          new LabelledPair(
              r.get("case_group"),
              typeOf(r.get("schema")),
              r.get("name1"),
              r.get("name2"),
              r.get("is_match").equals("true"),
              peer.get(r.get("name1") + "\u0000" + r.get("name2"))));
    }
    return out;
  }

  /** The FollowTheMoney schema of a pair as the entity type the matcher knows. */
  public static EntityType typeOf(String schema) {
    return switch (schema) {
      case "Person" -> EntityType.PERSON;
      case "Vessel" -> EntityType.VESSEL;
      case "Airplane" -> EntityType.AIRCRAFT;
      case "Company", "Organization", "LegalEntity" -> EntityType.ORGANISATION;
      default -> EntityType.UNKNOWN;
    };
  }

  /** Our quality on the pairs at a threshold, name 1 as the query. */
  public static Quality ours(List<LabelledPair> pairs, NameMatcher matcher, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (LabelledPair p : pairs) {
      boolean predicted = matcher.compare(p.name1(), p.name2(), p.type()).score() >= threshold;
      tp += predicted && p.match() ? 1 : 0;
      fp += predicted && !p.match() ? 1 : 0;
      fn += !predicted && p.match() ? 1 : 0;
    }
    return Quality.of(tp, fp, fn, pairs.size());
  }

  /** Logic-v2's quality on the pairs it scored (its own scores file), at a threshold. */
  public static Quality peer(double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int n = 0;
    for (CSVRecord r : csv(MATCHING + "name-pairs-logicv2-scores.csv")) {
      n++;
      boolean match = r.get("is_match").equals("true");
      boolean predicted = Double.parseDouble(r.get("score")) >= threshold;
      tp += predicted && match ? 1 : 0;
      fp += predicted && !match ? 1 : 0;
      fn += !predicted && match ? 1 : 0;
    }
    return Quality.of(tp, fp, fn, n);
  }

  public static List<CrossScriptPair> crossScriptPairs() {
    List<CrossScriptPair> out = new ArrayList<>();
    String text = text(MATCHING + "cross-script-pairs.csv");
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",", 4);
      out.add(new CrossScriptPair(f[0], f[1], Double.parseDouble(f[2]), f[3].strip()));
    }
    return out;
  }

  public static List<Person> unQueries() {
    return people(MATCHING + "un-persons-queries.csv");
  }

  public static List<Person> nonListed() {
    return people(MATCHING + "non-listed-persons.csv");
  }

  private static List<Person> people(String resource) {
    List<Person> out = new ArrayList<>();
    for (CSVRecord r : csv(resource)) {
      String dob = r.get("date_of_birth");
      out.add(
          new Person(
              r.get("full_name"), dob.isBlank() ? null : dob, countryCode(r.get("nationality"))));
    }
    return out;
  }

  /** ISO2 as it is, or an English country name as its ISO2; null when neither. */
  static String countryCode(String nationality) {
    String n = nationality == null ? "" : nationality.strip();
    if (n.length() == 2) {
      return n.toUpperCase(Locale.ROOT);
    }
    for (String code : Locale.getISOCountries()) {
      if (new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(n)) {
        return code;
      }
    }
    return null;
  }

  /** The UN consolidated list of 2026-02-27, as index entities. */
  public static List<IndexedEntity> unList() {
    return read(new UnXmlParser(), bytes(SANCTIONS + "un-consolidated-2026-02-27.xml"), 1_000_000);
  }

  /** The OFAC SDN list of July 2021, its CSV trio zipped as OFAC delivers it. */
  public static List<IndexedEntity> ofacList() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String part : List.of("sdn", "alt", "add")) {
        zip.putNextEntry(new ZipEntry(part + ".csv"));
        zip.write(bytes(SANCTIONS + "ofac-" + part + "-2021-07.csv"));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(new OfacSdnCsvParser(), out.toByteArray(), 2_000_000);
  }

  /** The EU excerpt and hand-written EU file of the sanctions fixtures. */
  public static List<IndexedEntity> euLists() {
    List<IndexedEntity> out = new ArrayList<>();
    out.addAll(read(new EuFsfXmlParser(), bytes(SANCTIONS + "eu-fsf-excerpt-2018.xml"), 3_000_000));
    out.addAll(read(new EuFsfXmlParser(), bytes(SANCTIONS + "eu-fsf-handwritten.xml"), 3_100_000));
    return out;
  }

  private static List<IndexedEntity> read(ListParser parser, byte[] file, long firstId) {
    List<IndexedEntity> out = new ArrayList<>();
    EntitySink sink =
        new EntitySink() {
          @Override
          public void accept(ParsedEntity e) {
            out.add(
                new IndexedEntity(
                    firstId + out.size(),
                    e.type(),
                    e.names(),
                    e.birthDates(),
                    e.countries(),
                    e.identifiers()));
          }

          @Override
          public void malformed(RecordProblem problem) {
            // the list readers' own tests cover malformed records; a benchmark reads what it can
          }
        };
    try {
      parser.parse(new ByteArrayInputStream(file), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Iterable<CSVRecord> csv(String resource) {
    try {
      Reader r = new InputStreamReader(stream(resource), StandardCharsets.UTF_8);
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = stream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String resource) {
    InputStream in = MatchingFixtures.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    return in;
  }
}
