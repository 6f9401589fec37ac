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
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.ParsedIdentifier;
import eu.dualis.screening.model.RecordProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The hand-written SDN.XML in the real shape, entries the reader cannot take, hostile files. */
class OfacSdnXmlParserTest {

  private static final String HANDWRITTEN = "ofac-sdn-handwritten.xml";

  private final OfacSdnXmlParser parser = new OfacSdnXmlParser();

  @Test
  void countsTheEntriesAndReadsThePublishDate() throws Exception {
    CollectingSink sink = new CollectingSink();
    ParsedListHeader header;
    try (InputStream in = fixture(HANDWRITTEN)) {
      header = parser.parse(in, sink);
    }

    assertThat(header).isEqualTo(new ParsedListHeader(LocalDate.of(2025, 5, 16), "05/16/2025"));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.count(EntityType.PERSON)).isEqualTo(5);
    assertThat(sink.count(EntityType.ORGANISATION)).isEqualTo(3);
    assertThat(sink.count(EntityType.VESSEL)).isEqualTo(1);
    assertThat(sink.count(EntityType.AIRCRAFT)).isEqualTo(1);
    assertThat(sink.names(NameKind.ALIAS)).isEqualTo(9);
    assertThat(sink.names(NameKind.WEAK_ALIAS)).isEqualTo(4);
  }

  @Test
  void readsAPersonWithAllItsParts() throws Exception {
    ParsedEntity rahimi = parse(parser, fixture(HANDWRITTEN)).entity("90101");

    assertThat(rahimi.type()).isEqualTo(EntityType.PERSON);
    assertThat(rahimi.primaryName()).isEqualTo("RAHIMI NASAB, Hamid Reza");
    assertThat(names(rahimi, NameKind.ALIAS)).containsExactly("RAHIMI, Hamid");
    assertThat(names(rahimi, NameKind.WEAK_ALIAS)).containsExactly("ABU REZA");
    assertThat(rahimi.birthDates()).containsExactly("1968-02-14", "1969");
    assertThat(rahimi.countries()).containsExactly("IR");
    assertThat(rahimi.identifiers())
        .as("gender and sanctions information are no identifiers")
        .containsExactly(
            new ParsedIdentifier("Passport", "K12345678", "IR"),
            new ParsedIdentifier("National ID No.", "0071234567", "IR"));
    assertThat(rahimi.programmes()).containsExactly("SDGT", "IFSR");
    assertThat(rahimi.remarks())
        .isEqualTo("Additional Sanctions Information - Subject to Secondary Sanctions.");
  }

  @Test
  void readsVesselsAircraftAndPartialDates() throws Exception {
    CollectingSink sink = parse(parser, fixture(HANDWRITTEN));

    ParsedEntity vessel = sink.entity("90103");
    assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
    assertThat(names(vessel, NameKind.ALIAS)).containsExactly("OCEAN LANTERN", "LANTERN I");
    assertThat(vessel.countries()).containsExactly("PA");
    assertThat(vessel.identifiers())
        .containsExactly(
            new ParsedIdentifier("IMO", "9234567", null),
            new ParsedIdentifier("MMSI", "352001234", null),
            new ParsedIdentifier("Call Sign", "3FAB7", null));
    assertThat(sink.entity("90104").identifiers())
        .containsExactly(
            new ParsedIdentifier("Aircraft Manufacturer's Serial Number (MSN)", "1003405", null));
    assertThat(sink.entity("90105").birthDates()).containsExactly("1960");
    assertThat(sink.entity("90105").countries()).containsExactlyInAnyOrder("KP", "CN");
    assertThat(sink.entity("90106").birthDates())
        .containsExactly("1958", "1959", "1960", "1965-04");
    assertThat(names(sink.entity("90106"), NameKind.ALIAS))
        .containsExactly("VOLKOVA, Iryna", "ВОЛКОВА, Ирина Сергеевна");
    assertThat(sink.entity("90108").primaryName()).isEqualTo("ABU HAFS AL-SAHILI");
    assertThat(sink.entity("90109").identifiers())
        .extracting(ParsedIdentifier::type)
        .containsExactly("Digital Currency Address - XBT", "Digital Currency Address - ETH");
    assertThat(sink.entity("90102").countries()).containsExactlyInAnyOrder("AE", "CN");
  }

  @Test
  void reportsEntriesWithoutUidNameOrKnownTypeAndReadsTheOthers() {
    String xml =
        "<?xml version=\"1.0\" standalone=\"yes\"?>\r\n"
            + "<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\">\r\n"
            + "<sdnEntry><uid>1</uid><lastName>KEPT</lastName><sdnType>Entity</sdnType>"
            + "</sdnEntry>\r\n"
            + "<sdnEntry><lastName>NO UID</lastName><sdnType>Entity</sdnType></sdnEntry>\r\n"
            + "<sdnEntry><uid>3</uid><sdnType>Individual</sdnType></sdnEntry>\r\n"
            + "<sdnEntry><uid>4</uid><lastName>ODD</lastName><sdnType>Ship</sdnType></sdnEntry>\r\n"
            + "<sdnEntry><uid>5</uid><firstName>Only</firstName><lastName>LAST</lastName>"
            + "<sdnType>Individual</sdnType></sdnEntry>\r\n"
            + "</sdnList>\r\n";
    CollectingSink sink = new CollectingSink();

    ParsedListHeader header = parser.parse(utf8(xml), sink);

    assertThat(header).isEqualTo(new ParsedListHeader(null, null));
    assertThat(sink.entities)
        .extracting(ParsedEntity::primaryName)
        .containsExactly("KEPT", "LAST, Only");
    assertThat(sink.problems)
        .containsExactly(
            new RecordProblem("line 4, column 11", "sdnEntry has no uid"),
            new RecordProblem("line 5, column 11", "sdnEntry 3 has no lastName"),
            new RecordProblem("line 6, column 11", "sdnEntry 4: unknown sdnType \"Ship\""));
  }

  @Test
  void refusesHostileAndForeignFiles() {
    String laughs =
        "<?xml version=\"1.0\"?>\n"
            + BILLION_LAUGHS
            + "<sdnList><sdnEntry>&lol9;</sdnEntry></sdnList>";
    String external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList [<!ENTITY e SYSTEM \"file:///etc/hosts\">]>\n"
            + "<sdnList><sdnEntry><uid>&e;</uid></sdnEntry></sdnList>";

    assertThat(refusal(parser, utf8(laughs)).getMessage())
        .as("where the DOCTYPE ends")
        .startsWith("line 12, column 4: ")
        .contains("DOCTYPE refused");
    assertThat(refusal(parser, utf8(external)).getMessage()).contains("DOCTYPE refused");
    assertThat(refusal(parser, utf8("<CONSOLIDATED_LIST/>")).getMessage())
        .contains("root element is CONSOLIDATED_LIST, expected sdnList");
    assertThat(refusal(parser, new ByteArrayInputStream(new byte[0])).getMessage())
        .startsWith("line 1, column 1: not well-formed XML");
    assertThat(refusal(parser, new ByteArrayInputStream(BINARY)).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.where()).startsWith("line 1, column"));
  }
}
