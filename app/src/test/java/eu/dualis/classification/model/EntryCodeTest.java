package eu.dualis.classification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryCodeTest {

  private static EntryCode code(String text) {
    return EntryCode.parse(text).orElseThrow();
  }

  @Test
  void readsCodesAsPeopleWriteThem() {
    assertThat(code("5A002").value()).isEqualTo("5A002");
    assertThat(code(" 5A002.a.1 ").value()).isEqualTo("5A002.a.1");
    assertThat(code("5a002.A.1.").value()).isEqualTo("5A002.a.1");
    assertThat(code("4E001.c").value()).isEqualTo("4E001.c");
    assertThat(code("9A009.a").value()).isEqualTo("9A009.a");
    assertThat(code("1C350.45").value()).isEqualTo("1C350.45");
    assertThat(code("3A001.a.5.a.1").subItems()).containsExactly("a", "5", "a", "1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "5A00",
        "5A0021",
        "5F002",
        "A5002",
        "5A00x",
        "5A002..a",
        "5A002.a..1",
        "5A002.abc",
        "5A002.1000",
        "5A002.01",
        "5A002.a-1",
        "5A002 a",
        "ML1.a"
      })
  void refusesWhatIsNotAnAnnexICode(String text) {
    assertThat(EntryCode.parse(text)).isEmpty();
  }

  @Test
  void refusesNullAndUnprintedForms() {
    assertThat(EntryCode.parse(null)).isEmpty();
    assertThatThrownBy(() -> new EntryCode("5a002")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EntryCode("5A002.a."))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowsItsParentsUpToTheHead() {
    EntryCode item = code("5A002.a.1");
    assertThat(item.parent()).contains(code("5A002.a"));
    assertThat(item.parent().flatMap(EntryCode::parent)).contains(code("5A002"));
    assertThat(code("5A002").parent()).isEmpty();
    assertThat(item.head()).isEqualTo(code("5A002"));
    assertThat(code("5A002").child("a")).isEqualTo(code("5A002.a"));
  }

  @Test
  void isWithinItselfAndItsAncestorsOnly() {
    EntryCode item = code("5A002.a.1");
    assertThat(item.isWithin(code("5A002.a.1"))).isTrue();
    assertThat(item.isWithin(code("5A002.a"))).isTrue();
    assertThat(item.isWithin(code("5A002"))).isTrue();
    assertThat(item.isWithin(code("5A002.b"))).isFalse();
    assertThat(code("5A002").isWithin(item)).isFalse();
    // A prefix of the text is not an ancestor: 5A002.a.10 is not below 5A002.a.1.
    assertThat(code("5A002.a.10").isWithin(item)).isFalse();
  }

  @Test
  void tellsCategoryAndProductGroup() {
    assertThat(code("5A002.a").category()).isEqualTo(5);
    assertThat(code("0A001").category()).isZero();
    assertThat(code("5A002").productGroup()).isEqualTo(ProductGroup.A);
    assertThat(code("2B350").productGroup()).isEqualTo(ProductGroup.B);
    assertThat(code("1C350").productGroup()).isEqualTo(ProductGroup.C);
    assertThat(code("4D004").productGroup().englishName()).isEqualTo("Software");
    assertThat(code("4E001.c").productGroup().englishName()).isEqualTo("Technology");
    assertThat(ProductGroup.B.englishName()).isEqualTo("Test, inspection and production equipment");
  }

  @ParameterizedTest
  @CsvSource({
    "1C350, AUSTRALIA_GROUP",
    "2B350, AUSTRALIA_GROUP",
    "1C450, CWC",
    "9A101, MTCR",
    "1A225, NSG",
    "0A001, NSG",
    "0C002, NSG",
    "0B001.b.1, NSG",
    "5A002.a.1, WASSENAAR",
    "4A005, WASSENAAR",
    "3A001.b, WASSENAAR",
    "9A515, UNKNOWN",
    "5A999, UNKNOWN"
  })
  void derivesTheRegimeFromTheCode(String text, ExportControlRegime regime) {
    assertThat(code(text).regime()).isEqualTo(regime);
  }
}
