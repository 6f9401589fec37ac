package eu.dualis.classification.service;

import static eu.dualis.classification.service.ControlListFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ParsedControlList;
import eu.dualis.classification.model.ParsedEntry;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EurLexXhtmlParserTest {

  private final EurLexXhtmlParser parser = new EurLexXhtmlParser();

  private ParsedControlList parseFixture(String name) throws Exception {
    try (InputStream in = fixture(name)) {
      return parser.parse(in);
    }
  }

  private static EntryCode code(String text) {
    return EntryCode.parse(text).orElseThrow();
  }

  private static ParsedEntry entry(ParsedControlList list, String code) {
    return list.entry(code(code)).orElseThrow(() -> new AssertionError("no entry " + code));
  }

  private static List<String> codes(ParsedControlList list) {
    return list.entries().stream().map(e -> e.code().value()).toList();
  }

  @Test
  void readsTheVersionFromTheReferenceLineAndTheActTitle() throws Exception {
    ParsedControlList list = parseFixture("annex-i-2024.xhtml");

    assertThat(list.sourceId()).isEqualTo("02021R0821-20241108");
    assertThat(list.applicableFrom()).isEqualTo(LocalDate.of(2024, 11, 8));
    assertThat(list.title())
        .startsWith("REGULATION (EU) 2021/821 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL")
        .contains("of 20 May 2021")
        .endsWith("transit and transfer of dual-use items");
    assertThat(parseFixture("annex-i-2025.xhtml").sourceId()).isEqualTo("02021R0821-20251115");
  }

  @Test
  void buildsTheCodeTreeFromTableRows() throws Exception {
    ParsedControlList list = parseFixture("annex-i-2024.xhtml");

    // Not among them: the numbered general notes and article paragraphs before the entries, the
    // deleted 4E001.b, 9A001 in a style sheet, and the rows of Annex II.
    assertThat(codes(list))
        .containsExactly(
            "3A001",
            "3A001.a",
            "3A001.a.1",
            "3A001.a.2",
            "3A001.b",
            "3A001.b.1",
            "4A003",
            "4A003.a",
            "4A005",
            "4D004",
            "4E001",
            "4E001.a",
            "4E001.c",
            "5A001",
            "5A001.a",
            "5A001.f",
            "5A001.f.1",
            "5A001.f.2",
            "5A001.j",
            "5A001.j.1",
            "5A001.j.2",
            "5A002",
            "5A002.a",
            "5A002.a.1",
            "5A002.a.2",
            "5A004",
            "5A004.a",
            "5A004.b");
    assertThat(entry(list, "3A001").parentCode()).isNull();
    assertThat(entry(list, "3A001.b.1").parentCode()).isEqualTo(code("3A001.b"));
    assertThat(entry(list, "5A001.j").parentCode()).isEqualTo(code("5A001"));
    assertThat(entry(list, "5A002.a.1").parentCode()).isEqualTo(code("5A002.a"));
    assertThat(entry(list, "4E001.c").parentCode()).isEqualTo(code("4E001"));
    assertThat(entry(list, "5A001").ownText())
        .isEqualTo(
            "Telecommunications systems, equipment, components and accessories, as follows:");
  }

  @Test
  void buildsTheSameTreeFromNestedGridLists() throws Exception {
    ParsedControlList list = parseFixture("annex-i-2025.xhtml");

    assertThat(codes(list))
        .containsExactly(
            "3A001",
            "3A001.a",
            "3A001.a.1",
            "3A001.a.2",
            "3A001.b",
            "3A001.b.1",
            "3A001.b.2",
            "4A005",
            "4D004",
            "4E001",
            "4E001.a",
            "4E001.c",
            "5A001",
            "5A001.a",
            "5A001.f",
            "5A001.f.1",
            "5A001.f.2",
            "5A001.j",
            "5A001.j.1",
            "5A001.j.2",
            "5A002",
            "5A002.a",
            "5A002.a.1",
            "5A002.a.2",
            "5A004",
            "5A004.a",
            "5A004.b",
            "5D002",
            "5D002.c");
    assertThat(entry(list, "5A001.j.2").parentCode()).isEqualTo(code("5A001.j"));
    assertThat(entry(list, "5D002.c").parentCode()).isEqualTo(code("5D002"));
    assertThat(entry(list, "5A002.a.1").ownText())
        .isEqualTo("Items having 'information security' as a primary function;");
  }

  @Test
  void stripsAmendmentMarksButKeepsTheWordsTheyFrame() throws Exception {
    for (String name : List.of("annex-i-2024.xhtml", "annex-i-2025.xhtml")) {
      ParsedControlList list = parseFixture(name);
      for (ParsedEntry e : list.entries()) {
        assertThat(e.ownText()).as(e.code().value()).doesNotContain("▼", "►", "◄", "M4 ", "M6 ");
        assertThat(e.notes()).allSatisfy(n -> assertThat(n).doesNotContain("▼", "►", "◄"));
      }
      assertThat(entry(list, "5A004.b").ownText())
          .isEqualTo(
              "Items, not specified in 4A005 or 5A004.a., designed to extract raw data from a"
                  + " computing or communications device and circumvent 'authentication' or"
                  + " authorisation controls of the device, to perform the function described.");
    }
    ParsedControlList list = parseFixture("annex-i-2025.xhtml");
    assertThat(entry(list, "3A001.b.2").ownText())
        .isEqualTo(
            "Microwave monolithic integrated circuit power amplifiers rated for operation at"
                + " frequencies exceeding 2,7 GHz up to and including 6,8 GHz;");
    assertThat(entry(list, "3A001.a.1").ownText()).contains("a total dose of 5 × 10^3 Gy");
  }

  @Test
  void keepsNotesWithTheEntryTheyFollow() throws Exception {
    ParsedControlList list = parseFixture("annex-i-2024.xhtml");

    assertThat(entry(list, "3A001.a").notes())
        .singleElement()
        .asString()
        .startsWith("Note 1: The control status of wafers");
    assertThat(entry(list, "3A001.a.1").notes()).isEmpty();
    assertThat(entry(list, "5A002").notes())
        .containsExactly(
            "N.B. For the control of global navigation satellite systems receiving equipment"
                + " containing or employing decryption, see 7A005.");
    assertThat(entry(list, "5A004.a").notes())
        .singleElement()
        .asString()
        .startsWith("Note: 5A004.a. includes");
    // A technical note that lists its terms keeps the list: 1. and 2. are not sub-items.
    List<String> notes = entry(list, "4E001.c").notes();
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0)).startsWith("Note 1: 4E001.a. and 4E001.c. do not apply");
    assertThat(notes.get(1))
        .startsWith("Technical Notes:\n1. 'Vulnerability disclosure' means")
        .contains("\n2. 'Cyber incident response' means");
    // In flat tables a note after the last sub-item goes to that sub-item.
    assertThat(entry(list, "5A002.a.2").notes())
        .singleElement()
        .asString()
        .startsWith("Technical Note: 'Described security algorithm'");
  }

  @Test
  void nestedGridListsTellWhichEntryANoteAfterASubListBelongsTo() throws Exception {
    ParsedControlList list = parseFixture("annex-i-2025.xhtml");

    assertThat(entry(list, "5A002.a.2").notes()).isEmpty();
    List<String> notes = entry(list, "5A002.a").notes();
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0)).startsWith("Technical Note: 'Described security algorithm'");
    assertThat(notes.get(1))
        .isEqualTo(
            "Note: 5A002.a. does not control any of the following:\n"
                + "a. Smart cards and smart card 'readers/writers' whose cryptographic capability is"
                + " restricted for use in equipment or systems excluded from 5A002.a.;\n"
                + "b. Cryptographic equipment specially designed and limited for banking use or"
                + " 'money transactions'.");
    assertThat(entry(list, "5A002").notes()).singleElement().asString().startsWith("N.B.");
  }

  @Test
  void givesEachEntryItsFullTextWithTheTextsAboveIt() throws Exception {
    ParsedControlList list = parseFixture("annex-i-2025.xhtml");

    assertThat(list.fullText(code("5A002.a.1")).orElseThrow())
        .startsWith("'Information security' systems, equipment and components, as follows:\n")
        .contains("\nDesigned or modified to use 'cryptography for data confidentiality'")
        .endsWith("\nItems having 'information security' as a primary function;");
  }

  @Test
  void annexIIIsNotReadAsEntries() throws Exception {
    ParsedControlList list = parseFixture("annex-i-2024.xhtml");

    assertThat(list.entries())
        .noneMatch(e -> e.ownText().contains("excluded from this authorisation"))
        .noneMatch(e -> e.ownText().contains("must not become an entry"));
  }

  @Test
  void theTwoVersionsDifferByTheEntriesTheFixturesReadmeNames() throws Exception {
    Map<EntryCode, String> before = ownTexts(parseFixture("annex-i-2024.xhtml"));
    Map<EntryCode, String> after = ownTexts(parseFixture("annex-i-2025.xhtml"));

    Set<String> added = difference(after.keySet(), before.keySet());
    Set<String> removed = difference(before.keySet(), after.keySet());
    Set<String> changed =
        before.keySet().stream()
            .filter(after::containsKey)
            .filter(c -> !before.get(c).equals(after.get(c)))
            .map(EntryCode::value)
            .collect(Collectors.toSet());
    assertThat(added).containsExactlyInAnyOrder("3A001.b.2", "5D002", "5D002.c");
    assertThat(removed).containsExactlyInAnyOrder("4A003", "4A003.a");
    assertThat(changed).containsExactlyInAnyOrder("5A001.j", "5A002.a.2");
  }

  private static Map<EntryCode, String> ownTexts(ParsedControlList list) {
    return list.entries().stream()
        .collect(Collectors.toMap(ParsedEntry::code, ParsedEntry::ownText));
  }

  private static Set<String> difference(Set<EntryCode> a, Set<EntryCode> b) {
    Set<EntryCode> d = new HashSet<>(a);
    d.removeAll(b);
    return d.stream().map(EntryCode::value).collect(Collectors.toSet());
  }
}
