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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The hand-written UK Sanctions List in the FCDO's shape, rows out of place, broken files. */
class UkSanctionsCsvParserTest {

  private static final String HANDWRITTEN = "uk-sanctions-list-handwritten.csv";
  private static final String HEADER =
      "Last Updated,Unique ID,Name 6,Name 1,Name type,Alias strength,Designation Type,D.O.B\n";

  private final UkSanctionsCsvParser parser = new UkSanctionsCsvParser();

  @Test
  void groupsTheRowsOfEachDesignationAndReadsTheReportDate() throws Exception {
    CollectingSink sink = new CollectingSink();
    ParsedListHeader header;
    try (InputStream in = fixture(HANDWRITTEN)) {
      header = parser.parse(in, sink);
    }

    assertThat(header).isEqualTo(new ParsedListHeader(LocalDate.of(2026, 1, 28), null));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.entities).hasSize(11);
    assertThat(sink.count(EntityType.PERSON)).isEqualTo(7);
    assertThat(sink.count(EntityType.ORGANISATION)).isEqualTo(3);
    assertThat(sink.count(EntityType.VESSEL)).isEqualTo(1);
    assertThat(sink.names(NameKind.PRIMARY)).isEqualTo(11);
    assertThat(sink.names(NameKind.ALIAS)).isEqualTo(10);
    assertThat(sink.names(NameKind.WEAK_ALIAS)).isEqualTo(3);
    assertThat(sink.names(NameKind.ORIGINAL_SCRIPT)).isEqualTo(6);
  }

  @Test
  void readsAnIndividualWithAllItsParts() throws Exception {
    ParsedEntity petrov = parse(parser, fixture(HANDWRITTEN)).entity("RUS9001");

    assertThat(petrov.type()).isEqualTo(EntityType.PERSON);
    assertThat(petrov.primaryName()).isEqualTo("Sergei Ivanovich PETROV");
    assertThat(names(petrov, NameKind.ALIAS))
        .containsExactly("Sergey Ivanovich PETROV", "Serge PETROFF");
    assertThat(names(petrov, NameKind.ORIGINAL_SCRIPT)).containsExactly("Сергей Иванович ПЕТРОВ");
    assertThat(petrov.birthDates()).containsExactly("1961-03-12");
    assertThat(petrov.countries()).containsExactly("RU");
    assertThat(petrov.identifiers())
        .containsExactly(new ParsedIdentifier("Passport", "7201234567", null));
    assertThat(petrov.programmes())
        .containsExactly("The Russia (Sanctions) (EU Exit) Regulations 2019");
    assertThat(petrov.remarks()).startsWith("Sergei Ivanovich PETROV is a member of the board");
  }

  @Test
  void readsPartialAndRepeatedDatesShipsAndNumberedValues() throws Exception {
    CollectingSink sink = parse(parser, fixture(HANDWRITTEN));

    assertThat(sink.entity("IRN9004").birthDates()).containsExactly("1965", "1966");
    assertThat(names(sink.entity("IRN9004"), NameKind.ORIGINAL_SCRIPT))
        .containsExactly("علی رضایی");
    assertThat(sink.entity("SYR9005").birthDates()).containsExactly("1970-04");
    ParsedEntity benSalah = sink.entity("AQD9007");
    assertThat(benSalah.birthDates()).containsExactly("1975-01-01", "1976-01-01");
    assertThat(benSalah.countries()).containsExactlyInAnyOrder("TN", "DZ");
    assertThat(benSalah.identifiers())
        .extracting(ParsedIdentifier::number)
        .containsExactly("Z123456", "W7654321");
    assertThat(names(benSalah, NameKind.WEAK_ALIAS)).containsExactly("ABU AYYUB");
    ParsedEntity ship = sink.entity("RUS9003");
    assertThat(ship.type()).isEqualTo(EntityType.VESSEL);
    assertThat(ship.identifiers()).containsExactly(new ParsedIdentifier("IMO", "9123457", null));
    assertThat(ship.countries()).as("current flag only").containsExactly("GA");
    assertThat(sink.entity("GHR9010").primaryName()).isEqualTo("Fahad Saad AL-OTAIBI");
    assertThat(sink.entity("BLR9008").names()).hasSize(2);
    assertThat(sink.entity("DPR9006").countries()).containsExactly("KP");
  }

  @Test
  void reportsADesignationThatComesBackAndLeavesItsReturningRowsOut() throws Exception {
    String csv =
        "Report Date: 13-Feb-2026\n"
            + HEADER
            + ",AAA1,ONE,Anna,Primary Name,,Individual,01/02/1970\n"
            + ",AAA1,UNO,Anna,Alias,,Individual,01/02/1970\n"
            + ",BBB2,TWO,,Primary Name,,Entity,\n"
            + ",AAA1,LATE,Anna,Alias,,Individual,\n"
            + ",AAA1,LATER,Anna,Alias,,Individual,\n"
            + ",CCC3,THREE,,Primary Name,,Ship,\n";
    CollectingSink sink = new CollectingSink();

    parser.parse(utf8(csv), sink);

    assertThat(sink.entities)
        .extracting(ParsedEntity::reference)
        .containsExactly("AAA1", "BBB2", "CCC3");
    assertThat(sink.entity("AAA1").names())
        .extracting(n -> n.fullName())
        .containsExactly("Anna ONE", "Anna UNO");
    assertThat(sink.problems)
        .containsExactly(
            new RecordProblem(
                "line 6",
                "Unique ID AAA1 comes back after other designations; the rows of a designation"
                    + " must be adjacent, these are left out"));
  }

  @Test
  void reportsRowsAndDesignationsItCannotRead() throws Exception {
    String csv =
        HEADER
            + ",AAA1,ONE,,Primary Name,,Individual,\n"
            + ",,NO ID,,Primary Name,,Individual,\n"
            + ",BBB2,,,Primary Name,,Entity,\n"
            + ",CCC3,ODD,,Primary Name,,Submarine,\n"
            + ",DDD4,SHORT\n"
            + ",EEE5,FIVE,,Primary Name,Low quality,Entity,\n";
    CollectingSink sink = new CollectingSink();

    ParsedListHeader header = parser.parse(utf8(csv), sink);

    assertThat(header).isEqualTo(new ParsedListHeader(null, null));
    assertThat(sink.entities).extracting(ParsedEntity::reference).containsExactly("AAA1", "EEE5");
    assertThat(sink.problems)
        .as("a designation's own problem is known when its rows end")
        .containsExactly(
            new RecordProblem("line 3", "no Unique ID"),
            new RecordProblem("line 4", "Unique ID BBB2 has no name in Name 1 to Name 6"),
            new RecordProblem("line 6", "8 fields expected as in the header, found 3"),
            new RecordProblem(
                "line 5",
                "Unique ID CCC3: Designation Type \"Submarine\" is not Individual, Entity or Ship"));
  }

  @Test
  void refusesEmptyBinaryAndForeignFiles() {
    assertThat(refusal(parser, new ByteArrayInputStream(new byte[0])).getMessage())
        .isEqualTo("line 1: empty file: no Report Date line and no header");
    assertThat(refusal(parser, new ByteArrayInputStream(BINARY)).getMessage())
        .startsWith("line 1: not UTF-8 text");
    assertThat(
            refusal(parser, utf8("Report Date: 13-Feb-2026\nName 6,Group ID,Alias Type\n"))
                .getMessage())
        .isEqualTo(
            "line 2: no column \"Unique ID\" in the header: this is not the UK Sanctions List CSV");
  }
}
