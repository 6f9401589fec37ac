package eu.dualis.classification.service;

import static eu.dualis.classification.service.ControlListFixtures.fixture;
import static eu.dualis.classification.service.ControlListFixtures.refusal;
import static eu.dualis.classification.service.ControlListFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.classification.model.ControlListFormatException.Problem;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ParsedControlList;
import eu.dualis.classification.model.ParsedEntry;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonControlListParserTest {

  private final JsonControlListParser parser = new JsonControlListParser();

  private static ParsedEntry entry(ParsedControlList list, String code) {
    return list.entry(EntryCode.parse(code).orElseThrow()).orElseThrow();
  }

  @Test
  void readsTheCuratedFixture() throws Exception {
    ParsedControlList list;
    try (InputStream in = fixture("curated.json")) {
      list = parser.parse(in);
    }

    assertThat(list.sourceId()).isEqualTo("dualis-curated-cyber-2025");
    assertThat(list.title()).isEqualTo("Cyber-surveillance entries of Annex I (curated)");
    assertThat(list.applicableFrom()).isEqualTo(LocalDate.of(2025, 11, 15));
    assertThat(list.entries())
        .extracting(e -> e.code().value())
        .containsExactly("4A005", "4D004", "4E001.c", "5A001", "5A001.f", "5A001.j", "5A004");
    assertThat(entry(list, "4E001.c").notes())
        .containsExactly(
            "Note 1: 4E001.a. and 4E001.c. do not apply to 'vulnerability disclosure' or 'cyber"
                + " incident response'.");
    assertThat(entry(list, "4E001.c").parentCode()).isNull();
    assertThat(entry(list, "5A001.f").parentCode().value()).isEqualTo("5A001");
    // "parent": null is left to the code, like a missing parent.
    assertThat(entry(list, "5A001.j").parentCode().value()).isEqualTo("5A001");
  }

  @Test
  void namesTheEntryIndexAndFieldOfEveryProblem() {
    String json =
        """
        {"title": "Curated", "applicableFrom": "15.11.2025",
         "entries": [
           {"code": "5A002", "text": "Systems", "notes": ["A note", ""]},
           {"code": "5A00x", "text": "Bad code"},
           "not an entry",
           {"code": "5A002.a", "text": 42},
           {"code": "5A002", "parent": "5A001", "text": "Again"},
           {"code": "5A002.b", "parent": "4A005", "text": "Wrong parent"}
         ]}
        """;

    assertThat(refusal(() -> parser.parse(utf8(json))).problems())
        .containsExactlyInAnyOrder(
            new Problem("/sourceId", "is required"),
            new Problem("/applicableFrom", "'15.11.2025' is not a date (YYYY-MM-DD)"),
            new Problem("/entries/0/notes/1", "expected a text that is not empty"),
            new Problem("/entries/1/code", "entry code '5A00x' is not an Annex I code"),
            new Problem("/entries/2", "expected an object with code and text"),
            new Problem("/entries/3/text", "expected text, found NUMBER"),
            new Problem("/entries/3/text", "text is missing or empty"),
            new Problem(
                "/entries/4/code", "entry code 5A002 appears a second time (first at /entries/0)"),
            new Problem("/entries/5/parent", "parent 4A005 is not above 5A002.b"));
  }

  @Test
  void refusesTruncatedJsonWithItsLineAndColumn() {
    String json = "{\"sourceId\": \"x\", \"title\": \"t\",\n \"entries\": [{\"code\": \"5A0";

    Problem problem = refusal(() -> parser.parse(utf8(json))).problems().get(0);

    assertThat(problem.where()).matches("line 2, column \\d+");
    assertThat(problem.what()).startsWith("not valid JSON");
  }

  @Test
  void refusesAnythingButAnObjectWithEntries() {
    assertThat(refusal(() -> parser.parse(utf8("[]"))).problems())
        .containsExactly(new Problem("/", "expected a JSON object, found ARRAY"));
    assertThat(
            refusal(
                    () ->
                        parser.parse(
                            utf8("{\"sourceId\": \"x\", \"title\": \" \", \"entries\": []}")))
                .problems())
        .containsExactly(
            new Problem("/title", "is empty"),
            new Problem("/entries", "expected a list of at least one entry"));
  }
}
