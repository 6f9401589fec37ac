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

/** The real two-entity excerpt of 2018, the hand-written export in its shape, and broken files. */
class EuFsfXmlParserTest {

  private static final String EXCERPT = "eu-fsf-excerpt-2018.xml";
  private static final String HANDWRITTEN = "eu-fsf-handwritten.xml";
  private static final String OPEN =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2024-06-14\">\n";

  private final EuFsfXmlParser parser = new EuFsfXmlParser();

  @Test
  void readsTheRealExcerpt() throws Exception {
    CollectingSink sink = new CollectingSink();
    ParsedListHeader header;
    try (InputStream in = fixture(EXCERPT)) {
      header = parser.parse(in, sink);
    }

    assertThat(header).isEqualTo(new ParsedListHeader(LocalDate.of(2018, 12, 21), "118887"));
    assertThat(sink.problems).isEmpty();
    ParsedEntity mugabe = sink.entity("1");
    assertThat(mugabe.type()).isEqualTo(EntityType.PERSON);
    assertThat(mugabe.names())
        .singleElement()
        .satisfies(n -> assertThat(n.fullName()).isEqualTo("Robert Gabriel Mugabe"));
    assertThat(mugabe.birthDates()).containsExactly("1924-02-21");
    assertThat(mugabe.countries()).as("00 is the EU's unknown").isEmpty();
    assertThat(mugabe.identifiers())
        .containsExactly(new ParsedIdentifier("National passport", "AD001095", null));
    assertThat(mugabe.programmes()).containsExactly("ZWE");
    ParsedEntity front = sink.entity("207");
    assertThat(front.type()).isEqualTo(EntityType.ORGANISATION);
    assertThat(front.primaryName()).isEqualTo("İslami Büyük Doğu Akıncılar Cephesi");
    assertThat(names(front, NameKind.ALIAS))
        .containsExactly(
            "Great Islamic Eastern Warriors Front",
            "Фронт на великите ислямски източни воини",
            "Front der islamischen Kämpfer des Großen Ostens",
            "Μέγα Ισλαµικό Μέτωπο των Πολεµιστών της Ανατολής",
            "IBDA-C");
    assertThat(front.programmes()).containsExactly("TERR");
  }

  @Test
  void countsTheHandWrittenExport() throws Exception {
    CollectingSink sink = new CollectingSink();
    ParsedListHeader header;
    try (InputStream in = fixture(HANDWRITTEN)) {
      header = parser.parse(in, sink);
    }

    assertThat(header).isEqualTo(new ParsedListHeader(LocalDate.of(2024, 6, 14), "171234"));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.count(EntityType.PERSON)).isEqualTo(7);
    assertThat(sink.count(EntityType.ORGANISATION)).isEqualTo(5);
    assertThat(sink.names(NameKind.PRIMARY)).isEqualTo(12);
    assertThat(sink.names(NameKind.ALIAS)).isEqualTo(17);
    assertThat(sink.names(NameKind.WEAK_ALIAS)).isEqualTo(4);
    assertThat(sink.names(NameKind.ORIGINAL_SCRIPT)).isZero();
  }

  @Test
  void readsAPersonWithAllItsParts() throws Exception {
    ParsedEntity zorin = parse(parser, fixture(HANDWRITTEN)).entity("9101");

    assertThat(zorin.type()).isEqualTo(EntityType.PERSON);
    assertThat(zorin.primaryName()).isEqualTo("Aleksandr Viktorovich ZORIN");
    assertThat(names(zorin, NameKind.ALIAS)).containsExactly("Александр Викторович ЗОРИН");
    assertThat(names(zorin, NameKind.WEAK_ALIAS)).containsExactly("Sasha ZORIN");
    assertThat(zorin.birthDates()).containsExactly("1965-04-29");
    assertThat(zorin.countries()).containsExactly("RU");
    assertThat(zorin.identifiers())
        .containsExactly(new ParsedIdentifier("National passport", "7515123456", "RU"));
    assertThat(zorin.programmes()).containsExactly("RUS");
    assertThat(zorin.remarks()).isEqualTo("Responsible for the logistics of military transport.");
  }

  @Test
  void keepsPartialBirthDatesAsPreciseAsGiven() throws Exception {
    CollectingSink sink = parse(parser, fixture(HANDWRITTEN));

    assertThat(sink.entity("9102").birthDates())
        .as("year, and circa year")
        .containsExactly("1971", "1970");
    assertThat(sink.entity("9103").birthDates()).as("month and year").containsExactly("1958-04");
    assertThat(sink.entity("9104").birthDates())
        .as("a range")
        .containsExactly("1960", "1961", "1962");
    assertThat(sink.entity("9105").birthDates()).as("a circa day").containsExactly("1962");
    assertThat(sink.entity("9110").programmes()).containsExactly("UKR");
    assertThat(sink.entity("9107").identifiers())
        .containsExactly(new ParsedIdentifier("IMO Number", "5987654", null));
    assertThat(sink.entity("9107").countries()).containsExactly("AE");
    assertThat(sink.entity("9112").countries()).isEmpty();
  }

  @Test
  void reportsEntitiesWithoutNameOrKnownSubjectTypeAndReadsTheOthers() {
    String xml =
        OPEN
            + "<sanctionEntity logicalId=\"1\"><subjectType code=\"person\"/>"
            + "<nameAlias wholeName=\"Kept One\" strong=\"true\"/></sanctionEntity>\n"
            + "<sanctionEntity logicalId=\"2\"><subjectType code=\"vessel\"/>"
            + "<nameAlias wholeName=\"Odd Type\"/></sanctionEntity>\n"
            + "<sanctionEntity logicalId=\"3\"><subjectType code=\"enterprise\"/>"
            + "<nameAlias wholeName=\"\" firstName=\"\"/></sanctionEntity>\n"
            + "<sanctionEntity euReferenceNumber=\"EU.4.1\"><subjectType classificationCode=\"E\"/>"
            + "<nameAlias firstName=\"Only\" lastName=\"Parts\"/></sanctionEntity>\n"
            + "</export>\n";
    CollectingSink sink = new CollectingSink();

    ParsedListHeader header = parser.parse(utf8(xml), sink);

    assertThat(header).isEqualTo(new ParsedListHeader(LocalDate.of(2024, 6, 14), null));
    assertThat(sink.entities)
        .extracting(ParsedEntity::primaryName)
        .containsExactly("Kept One", "Only Parts");
    assertThat(sink.entity("EU.4.1").type()).isEqualTo(EntityType.ORGANISATION);
    assertThat(sink.problems)
        .containsExactly(
            new RecordProblem(
                "line 4, column 31",
                "sanctionEntity 2: subjectType code \"vessel\" is neither person nor enterprise"),
            new RecordProblem(
                "line 5, column 31", "sanctionEntity 3 has no nameAlias with a name"));
  }

  @Test
  void refusesHostileAndForeignFiles() {
    String doctype =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE export SYSTEM \"http://127.0.0.1:9/fsd.dtd\">\n"
            + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"/>";
    String laughs =
        "<?xml version=\"1.0\"?>\n"
            + BILLION_LAUGHS
            + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">&lol9;</export>";

    assertThat(refusal(parser, utf8(doctype)).getMessage())
        .startsWith("line 2, column")
        .contains("DOCTYPE refused");
    assertThat(refusal(parser, utf8(laughs)).getMessage()).contains("DOCTYPE refused");
    assertThat(refusal(parser, utf8("<export generationDate=\"2024-06-14\"/>")).getMessage())
        .contains("root element is export, expected {" + EuFsfXmlParser.NAMESPACE + "}export");
    assertThat(refusal(parser, new ByteArrayInputStream(new byte[0])).getMessage())
        .startsWith("line 1, column 1: not well-formed XML");
    ListFormatException binary = refusal(parser, new ByteArrayInputStream(BINARY));
    assertThat(binary.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.where()).startsWith("line 1, column"));
  }
}
