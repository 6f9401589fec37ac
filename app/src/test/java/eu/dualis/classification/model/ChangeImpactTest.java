package eu.dualis.classification.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeImpactTest {

  private static final Instant NOW = Instant.parse("2026-11-15T00:00:00Z");

  private static ControlListEntry entry(String version, int pos, String code, String text) {
    EntryCode c = new EntryCode(code);
    return new ControlListEntry(
        version, pos, new ParsedEntry(c, c.parent().orElse(null), text, List.of()), text);
  }

  private static final List<ControlListEntry> OLD =
      List.of(
          entry("v1", 0, "5A002", "Information security"),
          entry("v1", 1, "5A002.a", "Cryptography for data confidentiality"),
          entry("v1", 2, "5A002.a.1", "Primary function information security"),
          entry("v1", 3, "5A002.a.2", "Networking systems"),
          entry("v1", 4, "5A001", "Telecommunications"),
          entry("v1", 5, "5A001.j", "IP network surveillance"));

  private static final List<ControlListEntry> NEW =
      List.of(
          entry("v2", 0, "5A002", "Information security"),
          entry("v2", 1, "5A002.a", "Cryptography for data confidentiality, as follows"),
          entry("v2", 2, "5A002.a.1", "Primary function information security"),
          entry("v2", 3, "5A001", "Telecommunications"),
          entry("v2", 4, "5A001.j", "IP network surveillance"),
          entry("v2", 5, "5A004", "Defeating information security"));

  private static Classification approved(String... codes) {
    Set<EntryCode> set = new java.util.LinkedHashSet<>();
    for (String c : codes) {
      set.add(new EntryCode(c));
    }
    ClassificationInput input =
        new ClassificationInput(
            "v1",
            ClassificationOutcome.LISTED,
            List.of(codes),
            null,
            CyberSurveillance.NO,
            "why",
            List.of());
    Classification c = Classification.draft(ProductId.newId(), input, set, "anna", NOW);
    c.approve("bram", NOW);
    return c;
  }

  @Test
  void diffFindsAddedRemovedAndReworded() {
    ControlListDiff diff = ControlListDiff.between(OLD, NEW);
    assertThat(diff.added()).extracting(e -> e.code().value()).containsExactly("5A004");
    assertThat(diff.removed()).extracting(e -> e.code().value()).containsExactly("5A002.a.2");
    assertThat(diff.changed()).extracting(c -> c.after().code().value()).containsExactly("5A002.a");
  }

  @Test
  void aCodeIsTouchedWhenItOrAParentChangedAndOnlyThen() {
    ChangeImpact impact = new ChangeImpact(ControlListDiff.between(OLD, NEW));
    Classification underChangedParent = approved("5A002.a.1");
    Classification removed = approved("5A002.a.2");
    Classification untouched = approved("5A001.j");
    Classification parentItself = approved("5A002");

    var hits = impact.hits(List.of(underChangedParent, removed, untouched, parentItself));

    assertThat(hits)
        .extracting(h -> h.classification().id() + " " + h.code() + " " + h.kind())
        .containsExactlyInAnyOrder(
            underChangedParent.id() + " 5A002.a CHANGED", removed.id() + " 5A002.a.2 REMOVED");
  }

  @Test
  void anUnchangedListTouchesNothing() {
    assertThat(new ChangeImpact(ControlListDiff.between(OLD, OLD)).isEmpty()).isTrue();
  }
}
