package eu.dualis.screening.service.lists;

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
import org.junit.jupiter.api.Test;

/** The real CSL sample of 2025, columns moved about, broken records and files. */
class UsCslCsvParserTest {

  private static final String REAL = "us-csl-sample-2025.csv";

  private final UsCslCsvParser parser = new UsCslCsvParser();

  @Test
  void readsEveryRecordOfTheRealSample() throws Exception {
    CollectingSink sink = new CollectingSink();
    ParsedListHeader header;
    try (InputStream in = fixture(REAL)) {
      header = parser.parse(in, sink);
    }

    assertThat(header).isEqualTo(new ParsedListHeader(null, null));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.entities).hasSize(13);
    assertThat(sink.count(EntityType.PERSON)).isEqualTo(4);
    assertThat(sink.count(EntityType.ORGANISATION)).isEqualTo(3);
    assertThat(sink.count(EntityType.UNKNOWN))
        .as("the BIS and State lists give no type")
        .isEqualTo(6);
    assertThat(sink.names(NameKind.ALIAS)).isEqualTo(15);
  }

  @Test
  void readsAnIndividualWithAllItsParts() throws Exception {
    ParsedEntity rim = parse(parser, fixture(REAL)).entity("52291");

    assertThat(rim.type()).isEqualTo(EntityType.PERSON);
    assertThat(rim.primaryName()).isEqualTo("RIM, Ryong Nam");
    assertThat(rim.birthDates()).containsExactly("1978-12-05");
    assertThat(rim.countries()).containsExactlyInAnyOrder("KP", "CN");
    assertThat(rim.identifiers())
        .as("gender and sanctions notes are no identifiers")
        .containsExactly(new ParsedIdentifier("Passport", "836238033", "KP"));
    assertThat(rim.programmes())
        .containsExactly("Specially Designated Nationals (SDN) - Treasury Department", "NPWMD");
  }

  @Test
  void readsEntitiesTheirAliasesAndRegistrationNumbers() throws Exception {
    CollectingSink sink = parse(parser, fixture(REAL));

    ParsedEntity bank = sink.entity("18283");
    assertThat(bank.type()).isEqualTo(EntityType.ORGANISATION);
    assertThat(names(bank, NameKind.ALIAS)).hasSize(5).contains("JSC SME BANK", "MSP BANK AO");
    assertThat(bank.countries()).containsExactly("RU");
    assertThat(bank.identifiers())
        .containsExactly(
            new ParsedIdentifier("Public Registration Number", "1027739108649", null),
            new ParsedIdentifier("SWIFT/BIC", "RUDVRUMM", null));
    assertThat(sink.entity("28603").identifiers())
        .containsExactly(
            new ParsedIdentifier("V.A.T. Number", "CHE-267.936.404", "CH"),
            new ParsedIdentifier("Business Registration Number", "CH-660.0.559.011-2", "CH"));
    assertThat(sink.entity("9673").birthDates()).containsExactly("1955");
    assertThat(sink.entity("9673").programmes()).endsWith("NS-PLC");
    ParsedEntity cetc = sink.entity("99ed1b052fdb09695fae1ba87516d8a0882b0df04652e07aeb5ce7be");
    assertThat(cetc.type()).isEqualTo(EntityType.UNKNOWN);
    assertThat(cetc.countries()).containsExactly("CN");
    assertThat(names(cetc, NameKind.ALIAS)).hasSize(6).contains("HSRI");
  }

  @Test
  void findsColumnsByNameAndReportsBrokenRecords() throws Exception {
    String csv =
        "name,type,_id,alt_names,nationalities,dates_of_birth\n"
            + "Kept One,Individual,1,Alias One; Alias Two,IR,1960\n"
            + "Too Short,Individual,2\n"
            + "Odd Type,Submarine,3,,,\n"
            + ",Entity,4,,,\n"
            + "\"Kept, Five\",Vessel,5,,PA,\n";
    CollectingSink sink = new CollectingSink();

    parser.parse(utf8(csv), sink);

    assertThat(sink.entities)
        .extracting(ParsedEntity::primaryName)
        .containsExactly("Kept One", "Kept, Five");
    assertThat(names(sink.entity("1"), NameKind.ALIAS)).containsExactly("Alias One", "Alias Two");
    assertThat(sink.entity("1").countries()).containsExactly("IR");
    assertThat(sink.entity("5").type()).isEqualTo(EntityType.VESSEL);
    assertThat(sink.problems)
        .containsExactly(
            new RecordProblem("line 3", "6 fields expected as in the header, found 3"),
            new RecordProblem("line 4", "_id 3: unknown type \"Submarine\""),
            new RecordProblem("line 5", "_id 4 has no name"));
  }

  @Test
  void refusesEmptyBinaryAndForeignFiles() {
    assertThat(refusal(parser, new ByteArrayInputStream(new byte[0])).getMessage())
        .isEqualTo("line 1: empty file: no header line");
    assertThat(refusal(parser, new ByteArrayInputStream(BINARY)).getMessage())
        .startsWith("line 1: not UTF-8 text");
    assertThat(refusal(parser, utf8("Name\tStreet_Address\n\"A\"\t\"B\"\n")).getMessage())
        .isEqualTo(
            "line 1: no column \"_id\" in the header: this is not the Consolidated Screening List"
                + " CSV");
    assertThat(refusal(parser, utf8("_id,name\n1,\"unterminated\n")).getMessage())
        .startsWith("line 2")
        .contains("not well-formed CSV");
  }
}
