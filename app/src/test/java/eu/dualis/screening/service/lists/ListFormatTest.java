package eu.dualis.screening.service.lists;

import static eu.dualis.screening.service.lists.SanctionsFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.ListSource;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format names its publisher and reads its own fixture. */
class ListFormatTest {

  @ParameterizedTest
  @CsvSource({
    "EU_FSF_XML,EU_FSF_XML",
    "un_xml,UN_XML",
    "  Ofac_Sdn_Csv_Zip ,OFAC_SDN_CSV_ZIP",
    "ofac-sdn-xml,OFAC_SDN_XML",
    "us csl csv,US_CSL_CSV",
    "uk_csv,UK_CSV",
    "FTM_JSON_LINES,FTM_JSON_LINES"
  })
  void findsAFormatByItsNameInAnyCase(String name, ListFormat format) {
    assertThat(ListFormat.named(name)).contains(format);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "uk", "OFSI_CSV", "UN"})
  void findsNoFormatOfAnotherName(String name) {
    assertThat(ListFormat.named(name)).isEmpty();
  }

  @Test
  void findsNoFormatWithoutAName() {
    assertThat(ListFormat.named(null)).isEmpty();
  }

  @Test
  void namesThePublisherOfEachFormat() {
    assertThat(ListFormat.OFAC_SDN_CSV_ZIP.source()).isEqualTo(ListSource.OFAC_SDN);
    assertThat(ListFormat.OFAC_SDN_XML.source()).isEqualTo(ListSource.OFAC_SDN);
    assertThat(ListFormat.UK_CSV.source()).isEqualTo(ListSource.UK);
    assertThat(ListFormat.FTM_JSON_LINES.source()).isEqualTo(ListSource.OPENSANCTIONS);
    assertThat(ListFormat.EU_FSF_XML.parser()).isInstanceOf(EuFsfXmlParser.class);
  }

  @ParameterizedTest
  @EnumSource(ListFormat.class)
  void readsItsFixtureWithoutProblems(ListFormat format) throws Exception {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = fixtureOf(format)) {
      format.parser().parse(in, sink);
    }

    assertThat(format.description()).isNotBlank();
    assertThat(sink.problems).isEmpty();
    assertThat(sink.entities).isNotEmpty();
  }

  private static InputStream fixtureOf(ListFormat format) throws Exception {
    return switch (format) {
      case EU_FSF_XML -> fixture("eu-fsf-handwritten.xml");
      case UN_XML -> fixture("un-consolidated-2026-02-27.xml");
      case OFAC_SDN_CSV_ZIP -> OfacSdnCsvParserTest.realZip();
      case OFAC_SDN_XML -> fixture("ofac-sdn-handwritten.xml");
      case US_CSL_CSV -> fixture("us-csl-sample-2025.csv");
      case UK_CSV -> fixture("uk-sanctions-list-handwritten.csv");
      case FTM_JSON_LINES -> fixture("opensanctions-ftm-handwritten.jsonl");
    };
  }
}
