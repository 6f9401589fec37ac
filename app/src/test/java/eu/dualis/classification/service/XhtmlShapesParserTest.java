package eu.dualis.classification.service;

import static eu.dualis.classification.service.ControlListFixtures.page;
import static eu.dualis.classification.service.ControlListFixtures.refusal;
import static eu.dualis.classification.service.ControlListFixtures.row;
import static eu.dualis.classification.service.ControlListFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.classification.model.ControlListFormatException;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ParsedControlList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small documents in shapes the two fixtures do not show: Official Journal markup, annex ends. */
class XhtmlShapesParserTest {

  private final EurLexXhtmlParser parser = new EurLexXhtmlParser();

  private ParsedControlList parseText(String xhtml) {
    return parser.parse(utf8(xhtml));
  }

  private static List<String> codes(ParsedControlList list) {
    return list.entries().stream().map(e -> e.code().value()).toList();
  }

  private static String ownText(ParsedControlList list, String code) {
    return list.entry(EntryCode.parse(code).orElseThrow()).orElseThrow().ownText();
  }

  @Test
  void refusesADocumentWithoutAnnexI() {
    String xhtml =
        "<html><body><p class=\"reference\">02021R0821 — EN — 15.11.2025 — 006.001</p>"
            + "<p class=\"title-annex-1\">ANNEX II</p><p class=\"tbl-norm\">5A002 Items</p>"
            + "</body></html>";

    ControlListFormatException e = refusal(() -> parseText(xhtml));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.where()).isEqualTo("document"));
    assertThat(e.getMessage()).contains("no Annex I found");
  }

  @Test
  void refusesAnAnnexIWithoutEntries() {
    ControlListFormatException e =
        refusal(() -> parseText(page("", "<p class=\"norm\">Nothing here.</p>")));

    assertThat(e.getMessage()).contains("line 4, column").contains("no entry code");
  }

  @Test
  void refusesTheSameCodeTwiceWithBothPositions() {
    String xhtml =
        page("", "<table>" + row("5A002", "Items") + row("5A002", "Other items") + "</table>");

    assertThat(refusal(() -> parseText(xhtml)).getMessage())
        .startsWith("line 6, column")
        .contains("entry 5A002 appears a second time (first at line 5, column");
  }

  @Test
  void anAnnexSubtitleDoesNotEndAnnexIButAnotherAnnexNumberDoes() {
    String xhtml =
        page(
            "",
            "<p class=\"title-annex-2\">LIST OF DUAL-USE ITEMS</p><table>"
                + row("1C350", "Chemicals, as follows:")
                + row("1.", "Thiodiglycol;")
                + row("2.", "Phosphorus oxychloride;")
                + "</table><p class=\"title-annex-2\">ANNEX II</p><table>"
                + row("1C450", "Not in Annex I")
                + "</table>");

    ParsedControlList list = parseText(xhtml);

    // Numbers may follow the code directly, as in 1C350.
    assertThat(codes(list)).containsExactly("1C350", "1C350.1", "1C350.2");
  }

  @Test
  void readsTheOfficialJournalMarkupToo() {
    String xhtml =
        "<html><head><title>L_2021206EN.01000101.xml</title></head><body>"
            + "<p class=\"oj-doc-ti\">REGULATION (EU) 2021/821 OF THE EUROPEAN PARLIAMENT AND OF"
            + " THE COUNCIL</p>"
            + "<p class=\"oj-normal\">1. Not an entry.</p>"
            + "<p class=\"oj-doc-ti\">ANNEX I</p><p class=\"oj-doc-ti\">LIST OF DUAL-USE ITEMS</p>"
            + "<p class=\"oj-ti-grseq-1\">CATEGORY 9 — AEROSPACE AND PROPULSION</p>"
            + "<table class=\"oj-table\"><tr><td><p class=\"oj-tbl-txt\">9A009</p></td>"
            + "<td><p class=\"oj-tbl-txt\">Hybrid rocket propulsion systems, as follows:</p></td>"
            + "</tr><tr><td><p class=\"oj-normal\">a.</p></td>"
            + "<td><p class=\"oj-normal\">Total impulse capacity exceeding 1,1 MNs;</p></td></tr>"
            + "</table><p class=\"oj-doc-ti\">ANNEX II</p>"
            + "<table class=\"oj-table\"><tr><td><p class=\"oj-tbl-txt\">9A010</p></td></tr>"
            + "</table></body></html>";

    ParsedControlList list = parseText(xhtml);

    assertThat(list.sourceId()).isEqualTo("32021R0821");
    assertThat(list.applicableFrom()).isNull();
    assertThat(list.title()).startsWith("REGULATION (EU) 2021/821");
    assertThat(codes(list)).containsExactly("9A009", "9A009.a");
    assertThat(ownText(list, "9A009.a")).isEqualTo("Total impulse capacity exceeding 1,1 MNs;");
  }
}
