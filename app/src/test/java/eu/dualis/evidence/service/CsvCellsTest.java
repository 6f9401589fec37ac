package eu.dualis.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1 Trading",
        "+31 20 123",
        "-2+3",
        "@SUM(A1:A2)",
        "\tTabbed",
        "\rReturn",
        "=HYPERLINK(\"http://x\")"
      })
  void aFormulaTriggerGetsALeadingQuote(String value) {
    assertThat(CsvCells.neutralised(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme B.V.", "1+1", "a=b", "5A002.a.1", " =space first"})
  void harmlessCellsStayAsTheyAre(String value) {
    assertThat(CsvCells.neutralised(value)).isEqualTo(value);
  }

  @Test
  void nullAndEmptyAreEmptyCells() {
    assertThat(CsvCells.neutralised(null)).isEmpty();
    assertThat(CsvCells.cell(null)).isEqualTo("\"\"");
  }

  @Test
  void aLineQuotesEveryCellDoublesQuotesAndEndsWithCrLf() {
    assertThat(CsvCells.line(Arrays.asList("=1+1 Trading", "say \"hi\"", null, "a,b")))
        .isEqualTo("\"'=1+1 Trading\",\"say \"\"hi\"\"\",\"\",\"a,b\"\r\n");
  }

  @Test
  void aQuoteInsideTheCellCannotEndTheQuotingAndStartAFormula() {
    assertThat(CsvCells.line(List.of("x\",=1+1")))
        .isEqualTo("\"x\"\",=1+1\"\r\n")
        .doesNotContain(",=1+1\"\r\n\"");
  }
}
