package eu.dualis.screening.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

  private static ParsedEntity entity(List<ParsedName> names, List<String> dobs) {
    return new ParsedEntity(
        "QDi.1",
        EntityType.PERSON,
        names,
        dobs,
        Set.of("AF", "PK"),
        List.of(),
        List.of("ISIL"),
        "r");
  }

  @Test
  void theSameSubstanceInAnotherOrderIsTheSameEntry() {
    var a = new ParsedName("Abdul Haq", NameKind.PRIMARY);
    var b = new ParsedName("Abdulhaq", NameKind.ALIAS);
    assertThat(Fingerprints.of(entity(List.of(a, b), List.of("1960", "1961"))))
        .isEqualTo(Fingerprints.of(entity(List.of(b, a), List.of("1961", "1960"))));
  }

  @Test
  void aNewAliasOrDateChangesTheEntry() {
    var a = new ParsedName("Abdul Haq", NameKind.PRIMARY);
    String before = Fingerprints.of(entity(List.of(a), List.of("1960")));
    assertThat(
            Fingerprints.of(
                entity(List.of(a, new ParsedName("Haq", NameKind.ALIAS)), List.of("1960"))))
        .isNotEqualTo(before);
    assertThat(Fingerprints.of(entity(List.of(a), List.of("1960-01-01")))).isNotEqualTo(before);
  }

  @Test
  void aPartysKeyIgnoresTheOrderOfItsIdentifiers() {
    assertThat(Fingerprints.ofParty("A", EntityType.PERSON, "DE", null, List.of("1", "2")))
        .isEqualTo(Fingerprints.ofParty("A", EntityType.PERSON, "DE", null, List.of("2", "1")))
        .isNotEqualTo(Fingerprints.ofParty("A", EntityType.PERSON, "NL", null, List.of("2", "1")));
  }
}
