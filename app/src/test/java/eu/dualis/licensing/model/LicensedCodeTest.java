package eu.dualis.licensing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicensedCodeTest {

  private static LicensedCode code(String text) {
    return LicensedCode.parse(text).orElseThrow();
  }

  @Test
  void anEntryCoversItselfAndItsSubItemsAtAnyDepth() {
    assertThat(code("5A002").covers(code("5A002"))).isTrue();
    assertThat(code("5A002").covers(code("5A002.a.1"))).isTrue();
    assertThat(code("5A002.a").covers(code("5A002.a.1"))).isTrue();
  }

  @Test
  void aCharacterPrefixIsNoEntryAndASubItemDoesNotCoverItsParentOrSiblings() {
    assertThat(LicensedCode.parse("5A00")).isEmpty();
    assertThat(code("5A002.a").covers(code("5A002"))).isFalse();
    assertThat(code("5A002.a").covers(code("5A002.b"))).isFalse();
    assertThat(LicensedCode.parse("5A0021")).isEmpty();
    assertThat(code("1C35" + "0").covers(code("1C351"))).isFalse();
  }

  @Test
  void codesAreReadAsPeopleWriteThem() {
    assertThat(code(" 5a002.A.1. ").value()).isEqualTo("5A002.a.1");
    assertThat(LicensedCode.parse("5F002")).isEmpty();
    assertThat(LicensedCode.parse("")).isEmpty();
    assertThat(LicensedCode.parse(null)).isEmpty();
  }
}
