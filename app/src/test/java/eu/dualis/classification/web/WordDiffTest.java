package eu.dualis.classification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void marksOnlyTheWordsThatAreNew() {
    List<WordDiff.Segment> segments =
        WordDiff.marked(
            "Items having 'information security' as a primary function;",
            "Items having 'information security' or 'cryptanalysis' as a primary function;");
    assertThat(segments).extracting(WordDiff.Segment::changed).containsExactly(false, true, false);
    assertThat(segments.get(1).text()).isEqualTo(" or 'cryptanalysis'");
    assertThat(String.join("", segments.stream().map(WordDiff.Segment::text).toList()))
        .isEqualTo("Items having 'information security' or 'cryptanalysis' as a primary function;");
  }

  @Test
  void aRemovedEntryHasNothingToMarkAndAnUnchangedTextNothingChanged() {
    assertThat(WordDiff.marked("old text", null)).isEmpty();
    assertThat(WordDiff.marked("same words", "same words"))
        .singleElement()
        .satisfies(s -> assertThat(s.changed()).isFalse());
  }
}
