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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-written OpenSanctions FtM lines in the real shape, broken lines, files that are no JSON. */
class FtmJsonLinesParserTest {

  private static final String HANDWRITTEN = "opensanctions-ftm-handwritten.jsonl";

  private final FtmJsonLinesParser parser = new FtmJsonLinesParser();

  @Test
  void readsTheSubjectsAndCountsTheSkippedSchemata() throws Exception {
    CollectingSink sink = new CollectingSink();
    FtmJsonLinesParser.Result result;
    try (InputStream in = fixture(HANDWRITTEN)) {
      result = parser.read(in, sink);
    }

    assertThat(result.header()).isEqualTo(new ParsedListHeader(null, null));
    assertThat(result.skippedSchemas())
        .isEqualTo(Map.of("Address", 1L, "Ownership", 1L, "Passport", 1L, "Sanction", 1L));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.count(EntityType.PERSON)).isEqualTo(3);
    assertThat(sink.count(EntityType.ORGANISATION)).isEqualTo(3);
    assertThat(sink.count(EntityType.VESSEL)).isEqualTo(1);
    assertThat(sink.count(EntityType.AIRCRAFT)).isEqualTo(1);
    assertThat(sink.names(NameKind.ALIAS)).isEqualTo(14);
    assertThat(sink.names(NameKind.WEAK_ALIAS)).isEqualTo(2);
  }

  @Test
  void readsAPersonWithAllItsParts() throws Exception {
    ParsedEntity petrov = parse(parser, fixture(HANDWRITTEN)).entity("NK-3kQ8mZ4pR7tV2wX9yB5cDf");

    assertThat(petrov.type()).isEqualTo(EntityType.PERSON);
    assertThat(petrov.primaryName()).isEqualTo("Sergei Ivanovich PETROV");
    assertThat(names(petrov, NameKind.ALIAS))
        .containsExactly("Сергей Иванович Петров", "Sergey PETROV");
    assertThat(names(petrov, NameKind.WEAK_ALIAS)).containsExactly("The Banker");
    assertThat(petrov.birthDates()).containsExactly("1961-03-12");
    assertThat(petrov.countries()).containsExactly("RU");
    assertThat(petrov.identifiers())
        .containsExactly(new ParsedIdentifier("Passport", "7201234567", null));
    assertThat(petrov.programmes()).containsExactly("GB-RUS", "EU-UKR");
    assertThat(petrov.remarks()).isEqualTo("Member of the board of a Russian state-owned bank.");
  }

  @Test
  void readsOrganisationsVesselsAndAircraft() throws Exception {
    CollectingSink sink = parse(parser, fixture(HANDWRITTEN));

    assertThat(sink.entity("NK-7hT2nW9qL4xC8vB3mZ6kPa").primaryName())
        .as("first, middle and last name when there is no name")
        .isEqualTo("Mohammed Khaled AL-HAMWI");
    assertThat(sink.entity("NK-9pX4rT7vB2mK5wQ8zC3nLh").identifiers())
        .containsExactly(
            new ParsedIdentifier("Registration Number", "1127746000000", null),
            new ParsedIdentifier("INN", "7701234567", null),
            new ParsedIdentifier("OGRN", "1127746000000", null));
    assertThat(sink.entity("NK-9pX4rT7vB2mK5wQ8zC3nLh").programmes())
        .containsExactly("US-RUS", "EU-UKR", "Russia-related sanctions (EO 14024)");
    ParsedEntity vessel = sink.entity("NK-8kW3nQ6zT9vB2xR5mC7pLj");
    assertThat(vessel.countries()).containsExactly("PA");
    assertThat(vessel.identifiers())
        .containsExactly(
            new ParsedIdentifier("IMO", "9234567", null),
            new ParsedIdentifier("MMSI", "352001234", null),
            new ParsedIdentifier("Call Sign", "3FAB7", null));
    assertThat(sink.entity("NK-4cV7xB2nM9qT5wZ8rK3yLh").type()).isEqualTo(EntityType.AIRCRAFT);
    ParsedEntity rezaei = sink.entity("NK-6tB9mX3vQ7nW2zR8kC5yLp");
    assertThat(rezaei.birthDates()).containsExactly("1965", "1966-04");
    assertThat(rezaei.countries())
        .as("suhh is no country today")
        .containsExactlyInAnyOrder("IR", "IQ");
  }

  @Test
  void reportsLinesThatAreNoEntityAndReadsTheOthers() throws Exception {
    String lines =
        "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Kept One\"]}}\n"
            + "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Broken\"]\n"
            + "\n"
            + "[\"an\",\"array\"]\n"
            + "{\"schema\":\"Person\",\"properties\":{\"name\":[\"No Id\"]}}\n"
            + "{\"id\":\"e\",\"schema\":\"Company\",\"properties\":{\"country\":[\"ru\"]}}\n"
            + "{\"id\":\"f\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Kept Six\"]}}\n";
    CollectingSink sink = new CollectingSink();

    parser.parse(utf8(lines), sink);

    assertThat(sink.entities)
        .extracting(ParsedEntity::primaryName)
        .containsExactly("Kept One", "Kept Six");
    assertThat(sink.problems)
        .extracting(RecordProblem::where)
        .containsExactly("line 2", "line 4", "line 5", "line 6");
    assertThat(sink.problems.get(0).what()).startsWith("not a valid JSON object");
    assertThat(sink.problems.get(2).what()).isEqualTo("an entity needs an \"id\" and a \"schema\"");
    assertThat(sink.problems.get(3).what()).isEqualTo("Company e has no name");
  }

  @Test
  void refusesEmptyBinaryAndForeignFiles() {
    assertThat(refusal(parser, new ByteArrayInputStream(new byte[0])).getMessage())
        .isEqualTo("line 1: empty file: no entity");
    assertThat(refusal(parser, new ByteArrayInputStream(BINARY)).getMessage())
        .startsWith("line 1: not");
    assertThat(refusal(parser, utf8("\n_id,name\n1,A\n")).getMessage())
        .startsWith("line 2: not JSON lines");
    assertThat(refusal(parser, utf8("{\"id\":\"a\"}\n{\"id\":\"b\u0000\"}\n")).getMessage())
        .startsWith("line 2: not JSON lines");
  }
}
