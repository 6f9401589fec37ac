package eu.dualis.classification.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.classification.model.ParsedEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes of Annex I text that the fixtures do not all show, block by block. */
class AnnexOneTreeBuilderTest {

  private final AnnexOneTreeBuilder tree = new AnnexOneTreeBuilder();
  private int line;

  private void text(String... blocks) {
    for (String block : blocks) {
      tree.accept(block, false, 1, ++line, 1);
    }
  }

  private void heading(String block) {
    tree.accept(block, true, 0, ++line, 1);
  }

  private List<String> codes() {
    return tree.finish().stream().map(e -> e.code().value()).toList();
  }

  private ParsedEntry entry(String code) {
    return tree.finish().stream()
        .filter(e -> e.code().value().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + code));
  }

  @Test
  void readsMarkersAndTextInOneParagraph() {
    text(
        "5A002 'Information security' systems, as follows:",
        "a. Designed to use cryptography, as follows:",
        "1. Items having information security as a primary function;",
        "2. Digital communication systems;",
        "b. Designed to perform cryptographic activation;");

    assertThat(codes()).containsExactly("5A002", "5A002.a", "5A002.a.1", "5A002.a.2", "5A002.b");
    assertThat(entry("5A002.b").ownText())
        .isEqualTo("Designed to perform cryptographic activation;");
  }

  @Test
  void readsCompoundMarkersAsAPathBelowTheCode() {
    text(
        "3A001 Electronic items as follows:", "a.", "Circuits:", "a.5.", "Converters:", "a.5.a.1.");
    text("Having a resolution of 8 bit or more;");

    assertThat(codes()).containsExactly("3A001", "3A001.a", "3A001.a.5", "3A001.a.5.a.1");
    // a.5.a was never written: the nearest entry above is the parent.
    assertThat(entry("3A001.a.5.a.1").parentCode().value()).isEqualTo("3A001.a.5");
  }

  @Test
  void aNoteEndingInAColonKeepsItsListUntilAMarkerDoesNotContinueIt() {
    text(
        "5A002 Systems, as follows:",
        "a. Designed to use cryptography;",
        "Note: 5A002.a. does not control any of the following:",
        "a. Smart cards;",
        "b. Banking equipment;",
        "b. Designed to perform cryptographic activation;");

    assertThat(codes()).containsExactly("5A002", "5A002.a", "5A002.b");
    assertThat(entry("5A002.a").notes())
        .containsExactly(
            "Note: 5A002.a. does not control any of the following:\na. Smart cards;\nb. Banking"
                + " equipment;");
  }

  @Test
  void aNoteEndingInAFullStopLetsTheNextMarkerOpenASubItem() {
    text(
        "3A001 Electronic items as follows:",
        "a. General purpose integrated circuits, as follows:",
        "Note 2: Integrated circuits include monolithic integrated circuits.",
        "1. Radiation hardened circuits;");

    assertThat(codes()).containsExactly("3A001", "3A001.a", "3A001.a.1");
    assertThat(entry("3A001.a").notes()).hasSize(1);
  }

  @Test
  void sentencesAboutACodeAndAbbreviationsDoNotOpenEntries() {
    text(
        "5A002 Systems, as follows:",
        "5A002 does not control items specially designed for medical end-use.",
        "e.g. smart cards.",
        "5A002.a. does not apply to banking.");

    assertThat(codes()).containsExactly("5A002");
    assertThat(entry("5A002").ownText())
        .isEqualTo(
            "Systems, as follows:\n5A002 does not control items specially designed for medical"
                + " end-use.\ne.g. smart cards.\n5A002.a. does not apply to banking.");
  }

  @Test
  void headingsEndTheEntryAndTextBeforeTheFirstEntryIsDropped() {
    heading("CATEGORY 5 — TELECOMMUNICATIONS");
    text("1. A general note of the category.", "5A001 Telecommunications systems:");
    text("Part 2 — 'INFORMATION SECURITY'", "Note: a note of the part.", "a. Not a sub-item.");
    text("5A2 Systems, Equipment and Components", "5A002 Systems:");

    assertThat(codes()).containsExactly("5A001", "5A002");
    assertThat(entry("5A001").ownText()).isEqualTo("Telecommunications systems:");
    assertThat(entry("5A001").notes()).isEmpty();
  }

  @Test
  void leavesDeletedEntriesOutButCountsThemInTheSequence() {
    text("4E001 Technology:", "a. Development;", "b. [Deleted]", "c. Intrusion software.");

    assertThat(codes()).containsExactly("4E001", "4E001.a", "4E001.c");
  }
}
