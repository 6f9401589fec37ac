package eu.dualis.classification.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedControlListTest {

  private static EntryCode code(String text) {
    return EntryCode.parse(text).orElseThrow();
  }

  private static ParsedEntry entry(String code, String parent, String text) {
    return new ParsedEntry(code(code), parent == null ? null : code(parent), text, List.of());
  }

  @Test
  void fullTextPrefixesTheTextsOfTheEntriesAbove() {
    ParsedControlList list =
        new ParsedControlList(
            "02021R0821-20251115",
            "Regulation (EU) 2021/821",
            LocalDate.of(2025, 11, 15),
            List.of(
                entry("5A002", null, "'Information security' systems, as follows:"),
                entry("5A002.a", "5A002", "Designed to use cryptography, as follows:"),
                entry("5A002.a.1", "5A002.a", "Items having information security as function;"),
                entry("5A004", null, "")));

    assertThat(list.fullText(code("5A002.a.1")))
        .hasValue(
            "'Information security' systems, as follows:\n"
                + "Designed to use cryptography, as follows:\n"
                + "Items having information security as function;");
    assertThat(list.fullText(code("5A002")))
        .hasValue("'Information security' systems, as follows:");
    assertThat(list.fullText(code("5A004"))).hasValue("");
    assertThat(list.fullText(code("5A003"))).isEmpty();
    assertThat(list.fullTexts().keySet())
        .containsExactly(code("5A002"), code("5A002.a"), code("5A002.a.1"), code("5A004"));
  }

  @Test
  void refusesDuplicatesAndParentsOutsideTheList() {
    assertThatThrownBy(
            () ->
                new ParsedControlList(
                    "x", "t", null, List.of(entry("5A002", null, "a"), entry("5A002", null, "b"))))
        .hasMessageContaining("5A002 appears twice");
    assertThatThrownBy(
            () -> new ParsedControlList("x", "t", null, List.of(entry("5A002.a", "5A002", "a"))))
        .hasMessageContaining("not in list");
    assertThatThrownBy(() -> entry("5A002.a", "5A001", "a"))
        .hasMessageContaining("5A001 is not above 5A002.a");
  }
}
