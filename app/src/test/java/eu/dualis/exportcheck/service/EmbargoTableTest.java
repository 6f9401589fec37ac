package eu.dualis.exportcheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.exportcheck.service.EmbargoRegime.Measure;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbargoTableTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final String HEADER =
      "# as of: 2026-01-31\n# source: test\n"
          + "country,regime,legal_act,measure,in_force_since,note\n";

  private static EmbargoTable bundled() {
    EmbargoTable table = new EmbargoTable();
    table.file = Optional.empty();
    return table;
  }

  @Test
  void theBundledTableBansDualUseExportsToRussiaAndNothingToFrance() {
    EmbargoTable table = bundled();
    assertThat(table.regimesFor("RU", TODAY))
        .anySatisfy(
            r -> {
              assertThat(r.measure()).isEqualTo(Measure.DUAL_USE_BAN);
              assertThat(r.regime()).contains("833/2014", "Art. 2");
              assertThat(r.holdsEveryExport()).isTrue();
            });
    assertThat(table.regimesFor("ru", TODAY)).isNotEmpty();
    assertThat(table.regimesFor("FR", TODAY)).isEmpty();
    assertThat(table.asOf()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(table.source()).contains("sanctionsmap.eu", "EUR-Lex");
  }

  @Test
  void targetedAndPoliticalMeasuresDoNotHoldEveryExport() {
    EmbargoTable table = bundled();
    assertThat(table.regimesFor("YE", TODAY))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.targetedOnly()).isTrue());
    assertThat(table.regimesFor("CN", TODAY))
        .singleElement()
        .satisfies(r -> assertThat(r.holdsEveryExport()).isFalse());
    assertThat(table.regimesFor("SO", TODAY))
        .singleElement()
        .satisfies(r -> assertThat(r.measure()).isEqualTo(Measure.ARMS_EMBARGO_NON_STATE));
  }

  @Test
  void everyCountryOfTheBriefIsInTheBundledTable() {
    EmbargoTable table = bundled();
    for (String country :
        new String[] {
          "BY", "CN", "CD", "IR", "IQ", "LB", "LY", "MM", "KP", "RU", "SO", "SS", "SD", "SY", "VE",
          "ZW", "CF", "YE", "HT", "AF"
        }) {
      assertThat(table.regimesFor(country, TODAY)).as(country).isNotEmpty();
    }
  }

  @Test
  void aMeasureAppliesOnlyFromItsDate() {
    EmbargoTable table = bundled();
    assertThat(table.regimesFor("IR", LocalDate.of(2025, 9, 29)))
        .noneMatch(r -> r.legalAct().contains("2025/1975"));
    assertThat(table.regimesFor("IR", LocalDate.of(2025, 9, 30)))
        .anyMatch(r -> r.legalAct().contains("2025/1975"));
  }

  @Test
  void aConfiguredFileReplacesTheBundledTable(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("embargoes.csv");
    Files.writeString(file, HEADER + "FR,\"Test, with comma\",Act 1,ARMS_EMBARGO,2026-01-01,\n");
    EmbargoTable table = new EmbargoTable();
    table.file = Optional.of(file.toString());
    assertThat(table.regimesFor("FR", TODAY))
        .singleElement()
        .satisfies(r -> assertThat(r.regime()).isEqualTo("Test, with comma"));
    assertThat(table.regimesFor("RU", TODAY)).isEmpty();
    assertThat(table.asOf()).isEqualTo(LocalDate.of(2026, 1, 31));
  }

  @Test
  void aMalformedRowNamesItsLineAndField() {
    String csv =
        HEADER
            + "RU,Russia,Act,ARMS_EMBARGO,2014-08-01,\n"
            + "\n"
            + "XX,Nowhere,Act,ARMS_EMBARGO,2014-08-01,\n";
    assertThatThrownBy(() -> EmbargoTable.parse(new StringReader(csv), "t.csv"))
        .hasMessageContaining("t.csv line 6")
        .hasMessageContaining("field country");
    String badMeasure = HEADER + "RU,Russia,Act,EMBARGO,2014-08-01,\n";
    assertThatThrownBy(() -> EmbargoTable.parse(new StringReader(badMeasure), "t.csv"))
        .hasMessageContaining("line 4, field measure");
    String badDate = HEADER + "RU,Russia,Act,ARMS_EMBARGO,1 Aug 2014,\n";
    assertThatThrownBy(() -> EmbargoTable.parse(new StringReader(badDate), "t.csv"))
        .hasMessageContaining("line 4, field in_force_since");
    String missingField = HEADER + "RU,Russia,Act,ARMS_EMBARGO\n";
    assertThatThrownBy(() -> EmbargoTable.parse(new StringReader(missingField), "t.csv"))
        .hasMessageContaining("line 4, field columns");
    String afterDate = HEADER + "RU,Russia,Act,ARMS_EMBARGO,2026-02-01,\n";
    assertThatThrownBy(() -> EmbargoTable.parse(new StringReader(afterDate), "t.csv"))
        .hasMessageContaining("line 4, field in_force_since");
  }

  @Test
  void aTableWithoutItsDateOrSourceIsRefused() {
    String noDate =
        "# source: x\ncountry,regime,legal_act,measure,in_force_since,note\n"
            + "RU,Russia,Act,ARMS_EMBARGO,2014-08-01,\n";
    assertThatThrownBy(() -> EmbargoTable.parse(new StringReader(noDate), "t.csv"))
        .hasMessageContaining("field as of");
    String noSource =
        "# as of: 2026-01-01\ncountry,regime,legal_act,measure,in_force_since,note\n"
            + "RU,Russia,Act,ARMS_EMBARGO,2014-08-01,\n";
    assertThatThrownBy(() -> EmbargoTable.parse(new StringReader(noSource), "t.csv"))
        .hasMessageContaining("field source");
  }
}
