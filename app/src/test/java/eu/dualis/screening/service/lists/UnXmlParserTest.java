package eu.dualis.screening.service.lists;

import static eu.dualis.screening.service.lists.SanctionsFixtures.BILLION_LAUGHS;
import static eu.dualis.screening.service.lists.SanctionsFixtures.BINARY;
import static eu.dualis.screening.service.lists.SanctionsFixtures.fixture;
import static eu.dualis.screening.service.lists.SanctionsFixtures.names;
import static eu.dualis.screening.service.lists.SanctionsFixtures.parse;
import static eu.dualis.screening.service.lists.SanctionsFixtures.refusal;
import static eu.dualis.screening.service.lists.SanctionsFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ListFormatException;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.ParsedIdentifier;
import eu.dualis.screening.model.RecordProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The UN consolidated list of 27 February 2026, and broken and hostile files in its shape. */
class UnXmlParserTest {

  private static final String REAL = "un-consolidated-2026-02-27.xml";

  private final UnXmlParser parser = new UnXmlParser();

  @Test
  void readsEveryIndividualAndEntityOfTheRealList() throws Exception {
    CollectingSink sink = new CollectingSink();
    ParsedListHeader header;
    try (InputStream in = fixture(REAL)) {
      header = parser.parse(in, sink);
    }

    assertThat(sink.problems).isEmpty();
    assertThat(sink.count(EntityType.PERSON)).isEqualTo(730);
    assertThat(sink.count(EntityType.ORGANISATION)).isEqualTo(273);
    assertThat(sink.count(EntityType.VESSEL)).isZero();
    assertThat(sink.names(NameKind.PRIMARY)).isEqualTo(1003);
    assertThat(sink.names(NameKind.ALIAS)).isEqualTo(2195);
    assertThat(sink.names(NameKind.WEAK_ALIAS)).isEqualTo(619);
    assertThat(sink.names(NameKind.ORIGINAL_SCRIPT)).isEqualTo(377);
    assertThat(header).isEqualTo(new ParsedListHeader(LocalDate.of(2026, 2, 27), null));
  }

  @Test
  void readsAnIndividualWithAllItsParts() throws Exception {
    ParsedEntity ghafari = parse(parser, fixture(REAL)).entity("QDi.431");

    assertThat(ghafari.type()).isEqualTo(EntityType.PERSON);
    assertThat(ghafari.primaryName()).isEqualTo("SANAULLAH GHAFARI");
    assertThat(names(ghafari, NameKind.ALIAS))
        .hasSize(8)
        .startsWith("Dr. Shahab al Muhajir", "Shahab Muhajer");
    assertThat(names(ghafari, NameKind.ORIGINAL_SCRIPT)).containsExactly("ثناء اللہ غفاری");
    assertThat(ghafari.birthDates()).containsExactly("1994-10-28", "1990-05-24");
    assertThat(ghafari.countries()).containsExactly("AF");
    assertThat(ghafari.identifiers())
        .containsExactly(new ParsedIdentifier("Passport", "O1503093", "AF"));
    assertThat(ghafari.programmes()).containsExactly("Al-Qaida");
    assertThat(ghafari.remarks()).startsWith("Leader of the Islamic State of Iraq and the Levant");
  }

  @Test
  void splitsSeveralSpellingsInOneAliasAndKeepsLowQualityAliasesWeak() throws Exception {
    ParsedEntity soleimani = parse(parser, fixture(REAL)).entity("IRi.039");

    assertThat(names(soleimani, NameKind.WEAK_ALIAS))
        .containsExactly("Haj Qasem", "Haji Qassem", "Sardar Soleimani");
    assertThat(names(soleimani, NameKind.ALIAS)).hasSize(8).contains("Kasim Sulaymani");
    assertThat(soleimani.identifiers())
        .containsExactly(new ParsedIdentifier("Passport", "008827", "IR"));
    assertThat(soleimani.countries()).as("a place of birth is no nationality").isEmpty();
  }

  @Test
  void statesTheYearsOfRangesAndApproximateDates() throws Exception {
    CollectingSink sink = parse(parser, fixture(REAL));

    assertThat(sink.entity("CDi.030").birthDates()).containsExactly("1973", "1974");
    assertThat(sink.entity("TAi.025").birthDates())
        .containsExactly("1958", "1959", "1960", "1961", "1962", "1963", "1970");
    assertThat(sink.entity("CDi.001").birthDates()).containsExactly("1971");
    assertThat(sink.entity("CDi.001").countries()).containsExactlyInAnyOrder("CD", "RW");
  }

  @Test
  void readsAnEntityWithFormerNames() throws Exception {
    ParsedEntity adf = parse(parser, fixture(REAL)).entity("CDe.001");

    assertThat(adf.type()).isEqualTo(EntityType.ORGANISATION);
    assertThat(adf.primaryName()).isEqualTo("ADF");
    assertThat(names(adf, NameKind.ALIAS))
        .containsExactly(
            "Allied Democratic Forces",
            "Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda",
            "ADF/NALU",
            "NALU");
    assertThat(adf.countries()).containsExactly("CD");
    assertThat(adf.programmes()).containsExactly("DRC");
  }

  @Test
  void reportsARecordWithoutNameOrReferenceAndReadsTheOthers() {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n"
            + "<INDIVIDUALS>\n"
            + "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>ONE</FIRST_NAME>"
            + "<REFERENCE_NUMBER>XXi.001</REFERENCE_NUMBER></INDIVIDUAL>\n"
            + "<INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME/><REFERENCE_NUMBER>XXi.002"
            + "</REFERENCE_NUMBER></INDIVIDUAL>\n"
            + "<INDIVIDUAL><FIRST_NAME>NO REFERENCE</FIRST_NAME></INDIVIDUAL>\n"
            + "<INDIVIDUAL><DATAID>4</DATAID><FIRST_NAME>FOUR</FIRST_NAME>"
            + "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1970-13-45</DATE>"
            + "</INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>\n"
            + "</INDIVIDUALS><ENTITIES/>\n"
            + "</CONSOLIDATED_LIST>\n";
    CollectingSink sink = new CollectingSink();

    parser.parse(utf8(xml), sink);

    assertThat(sink.entities).extracting(ParsedEntity::reference).containsExactly("XXi.001", "4");
    assertThat(sink.entity("4").birthDates()).as("an unreadable optional date").isEmpty();
    assertThat(sink.problems)
        .extracting(RecordProblem::where)
        .containsExactly("line 5, column 13", "line 6, column 13");
    assertThat(sink.problems.get(0).what()).isEqualTo("INDIVIDUAL XXi.002 has no FIRST_NAME");
    assertThat(sink.problems.get(1).what()).contains("neither REFERENCE_NUMBER nor DATAID");
  }

  @Test
  void refusesADoctypeAnExternalEntityAndEntityExpansion() {
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM"
            + " \"file:///etc/passwd\">]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>"
            + "<FIRST_NAME>&x;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    String laughs =
        "<?xml version=\"1.0\"?>\n"
            + BILLION_LAUGHS
            + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;</FIRST_NAME>"
            + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    String external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST SYSTEM \"http://127.0.0.1:9/x.dtd\">\n"
            + "<CONSOLIDATED_LIST/>";

    for (String hostile : new String[] {xxe, laughs, external}) {
      ListFormatException e = refusal(parser, utf8(hostile));
      assertThat(e.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.where()).matches("line \\d+, column \\d+"))
          .satisfies(p -> assertThat(p.what()).startsWith("DOCTYPE refused"));
    }
  }

  @Test
  void refusesAnUndeclaredEntityReference() {
    ListFormatException e =
        refusal(
            parser,
            utf8("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&x;</FIRST_NAME>"));

    assertThat(e.getMessage()).startsWith("line 1, column");
  }

  @Test
  void refusesAnEmptyFileABinaryFileAndAnotherRoot() {
    ListFormatException empty = refusal(parser, new ByteArrayInputStream(new byte[0]));
    ListFormatException binary = refusal(parser, new ByteArrayInputStream(BINARY));
    ListFormatException other =
        refusal(parser, utf8("<?xml version=\"1.0\"?>\n<sdnList xmlns=\"x\"/>"));

    assertThat(empty.getMessage()).startsWith("line 1, column 1: not well-formed XML");
    assertThat(binary.getMessage()).startsWith("line 1, column").contains("not well-formed XML");
    assertThat(other.getMessage())
        .isEqualTo(
            "line 2, column 21: root element is {x}sdnList, expected CONSOLIDATED_LIST: this is not"
                + " the UN Security Council consolidated list");
  }

  @Test
  void refusesATruncatedFileAndSaysWhereItBreaksOff() {
    String truncated =
        "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID>"
            + "<FIRST_NAME>ONE</FIRST_NAME></INDIVIDUAL>\n<INDIVIDUAL><DATAID>2</DA";

    ListFormatException e = refusal(() -> parser.parse(utf8(truncated), new CollectingSink()));

    assertThat(e.getMessage()).startsWith("line 4, column").contains("not well-formed XML");
  }
}
