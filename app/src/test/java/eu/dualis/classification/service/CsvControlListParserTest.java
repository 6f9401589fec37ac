package eu.dualis.classification.service;

import static eu.dualis.classification.service.ControlListFixtures.fixture;
import static eu.dualis.classification.service.ControlListFixtures.refusal;
import static eu.dualis.classification.service.ControlListFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.dualis.classification.model.ControlListFormatException;
import eu.dualis.classification.model.ControlListFormatException.Problem;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ParsedControlList;
import eu.dualis.classification.model.ParsedEntry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvControlListParserTest {

  private static final LocalDate DATE = LocalDate.of(2025, 11, 15);

  private final CsvControlListParser parser = new CsvControlListParser();

  private ParsedControlList parse(InputStream in) {
    return parser.parse(in, "curated-2025", "Curated list", DATE);
  }

  private ParsedControlList parse(String csv) {
    return parse(utf8(csv));
  }

  private static ParsedEntry entry(ParsedControlList list, String code) {
    return list.entry(EntryCode.parse(code).orElseThrow()).orElseThrow();
  }

  private static String parent(ParsedControlList list, String code) {
    EntryCode parent = entry(list, code).parentCode();
    return parent == null ? null : parent.value();
  }

  @Test
  void readsTheCuratedFixture() throws Exception {
    ParsedControlList list;
    try (InputStream in = fixture("curated.csv")) {
      list = parse(in);
    }

    assertThat(list.sourceId()).isEqualTo("curated-2025");
    assertThat(list.title()).isEqualTo("Curated list");
    assertThat(list.applicableFrom()).isEqualTo(DATE);
    assertThat(list.entries())
        .extracting(e -> e.code().value())
        .containsExactly(
            "5A002", "5A002.a", "5A002.a.1", "5A002.a.2", "5A004", "5A004.a", "4E001.c");
    // The byte order mark does not stick to the first column's name, or "code" would be unknown.
    assertThat(entry(list, "5A002").ownText())
        .isEqualTo("'Information security' systems, equipment and components, as follows:");
    assertThat(entry(list, "5A004.a").ownText())
        .isEqualTo(
            "Designed or modified to perform 'cryptanalytic functions'.\nNote: 5A004.a. includes"
                + " systems or equipment designed or modified to perform \"cryptanalytic"
                + " functions\" by means of reverse engineering.");
  }

  @Test
  void derivesAnEmptyParentFromTheNearestEntryAboveInTheFile() throws Exception {
    ParsedControlList list;
    try (InputStream in = fixture("curated.csv")) {
      list = parse(in);
    }

    assertThat(parent(list, "5A002")).isNull();
    assertThat(parent(list, "5A002.a")).isEqualTo("5A002");
    assertThat(parent(list, "5A002.a.1")).isEqualTo("5A002.a");
    assertThat(parent(list, "5A004.a")).isEqualTo("5A004");
    assertThat(parent(list, "4E001.c")).isNull();
    assertThat(parse("code,text\n5A002.a.1,Items;\n5A002,Systems:\n").entries())
        .extracting(ParsedEntry::parentCode)
        .containsExactly(EntryCode.parse("5A002").orElseThrow(), null);
  }

  @Test
  void reportsEveryBadRowWithItsLine() throws Exception {
    ControlListFormatException e;
    try (InputStream in = fixture("malformed.csv")) {
      e = refusal(() -> parse(in));
    }

    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            new Problem("line 3", "entry code '5A00x' is not an Annex I code"),
            new Problem("line 4", "text is missing or empty"),
            new Problem("line 5", "parent 5A001 is not above 5A002.b"),
            new Problem("line 6", "parent '5B0002' is not an Annex I code"),
            new Problem("line 7", "parent 5A004 is not in the list"),
            new Problem("line 8", "entry code 5A002 appears a second time (first at line 2)"),
            new Problem(
                "line 9", "4 fields where the header has 3 (quote a field that holds a comma)"));
    assertThat(e.getMessage()).contains("line 3: entry code '5A00x' is not an Annex I code");
  }

  @Test
  void countsLinesAcrossQuotedLineBreaksAndCrLf() {
    String csv = "code,text\r\n5A002,\"Systems,\r\nas follows:\"\r\n\r\n5A00x,Bad\r\n";

    ControlListFormatException e = refusal(() -> parse(csv));

    assertThat(e.problems())
        .containsExactly(new Problem("line 5", "entry code '5A00x' is not an Annex I code"));
  }

  @Test
  void refusesAQuotedFieldThatIsNeverClosed() {
    String csv = "code,text\n5A002,Systems\n5A004,\"Systems for defeating\n5A004.a,Designed\n";

    assertThat(refusal(() -> parse(csv)).problems())
        .containsExactly(new Problem("line 3", "a quoted field opens here and is never closed"));
  }

  @Test
  void refusesStrayQuotesAndTextAfterAClosingQuote() {
    assertThat(refusal(() -> parse("code,text\n5A002,Say \"no\"\n")).getMessage())
        .startsWith("line 2: a quote inside an unquoted field");
    assertThat(refusal(() -> parse("code,text\n5A002,\"Say\" no\n")).getMessage())
        .startsWith("line 2: text after the closing quote");
  }

  @Test
  void refusesABadHeaderAndAnEmptyFile() {
    assertThat(refusal(() -> parse("code,txt\n5A002,Systems\n")).problems())
        .containsExactly(
            new Problem("line 1", "unknown column 'txt'; expected code, parent (optional), text"),
            new Problem("line 1", "the header has no column 'text'"));
    assertThat(refusal(() -> parse("")).getMessage())
        .isEqualTo("line 1: the file is empty; expected the header code,parent,text");
    assertThat(refusal(() -> parse("code,parent,text\n\n")).getMessage())
        .isEqualTo("line 1: no entries after the header");
  }

  @Test
  void refusesTextThatIsNotUtf8() {
    byte[] latin1 = "code,text\n5A002,Syst\u00e8mes\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(refusal(() -> parse(new ByteArrayInputStream(latin1))).getMessage())
        .isEqualTo("line 2: the file is not UTF-8 text");
  }

  @Test
  void acceptsColumnsInAnyOrderAndWithoutParent() {
    ParsedControlList list = parse("text,code\n\"Systems, as follows:\",5a002\nItems,5A002.A\n");

    assertThat(list.entries())
        .extracting(e -> e.code().value(), ParsedEntry::ownText)
        .containsExactly(tuple("5A002", "Systems, as follows:"), tuple("5A002.a", "Items"));
  }
}
