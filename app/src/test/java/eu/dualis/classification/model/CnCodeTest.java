package eu.dualis.classification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CnCodeTest {

  @Test
  void acceptsTheUsualWrittenForms() {
    assertThat(CnCode.parse("84713000")).map(CnCode::value).hasValue("84713000");
    assertThat(CnCode.parse("8471 30 00")).map(CnCode::value).hasValue("84713000");
    assertThat(CnCode.parse("8471.30.00")).map(CnCode::value).hasValue("84713000");
    assertThat(new CnCode("90132000").formatted()).isEqualTo("9013 20 00");
  }

  @Test
  void refusesAnythingButEightDigits() {
    assertThat(CnCode.parse("8471300")).isEmpty();
    assertThat(CnCode.parse("847130001")).isEmpty();
    assertThat(CnCode.parse("8471-30-00")).isEmpty();
    assertThat(CnCode.parse("ABCDEFGH")).isEmpty();
    assertThat(CnCode.parse(null)).isEmpty();
    assertThatThrownBy(() -> new CnCode("8471 30 00")).isInstanceOf(IllegalArgumentException.class);
  }
}
