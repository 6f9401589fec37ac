package eu.dualis.screening.service.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.EntityType;
import org.junit.jupiter.api.Test;

/** The inflected endings of Greek names weigh less than their stems. */
class GreekEndingsTest {

  private static final double T = MatchThreshold.DEFAULT;
  private final NameMatcher matcher = new NameMatcher();

  private double person(String a, String b) {
    return matcher.compare(a, b, EntityType.PERSON).score();
  }

  @Test
  void aGreekTokenHasItsStemWithoutTheNominativeEnding() {
    assertThat(GreekEndings.stem("alexandros", "αλέξανδρος")).isEqualTo("alexandr");
    assertThat(GreekEndings.stem("mitsotakis", "μητσοτάκης")).isEqualTo("mitsotak");
    assertThat(GreekEndings.stem("thanasis", "θανάσης")).isEqualTo("thanas");
    // Only names written in Greek: a Latin -os or -is is part of the name as spelled.
    assertThat(GreekEndings.stem("carlos", "carlos")).isEqualTo("carlos");
    // Too short a stem is no name: Ζευς stays whole.
    assertThat(GreekEndings.stem("zefs", "ζευς")).isEqualTo("zefs");
  }

  @Test
  void greekNamesMatchSpellingsThatDropOrChangeTheEnding() {
    assertThat(person("Αλέξανδρος", "Alexander")).isGreaterThan(T);
    assertThat(person("Δημήτριος", "Dimitri")).isGreaterThan(T);
    assertThat(person("Γεώργιος", "George")).isGreaterThan(T);
    assertThat(person("Πέτρος", "Peter")).isGreaterThan(T);
  }

  @Test
  void theEndingWeighsLessButSomething() {
    double stems = person("Αλέξανδρος", "Alexander");
    assertThat(stems).isLessThan(person("Αλέξανδρος", "Alexandros"));
    assertThat(person("Νικόλαος", "Nikolaos")).isEqualTo(1.0);
    assertThat(person("Κυριάκος Μητσοτάκος", "Kyriakos Mitsotakis")).isBetween(T, 0.99);
    // The same ending dropped from a Latin name is not forgiven: only Greek inflects.
    assertThat(person("Alexandros", "Alexander")).isLessThan(stems);
  }

  @Test
  void differentStemsStayDifferentNames() {
    assertThat(person("Αλέξανδρος", "Alexei")).isLessThan(T);
    assertThat(person("Νικόλαος", "Nikita")).isLessThan(T);
    assertThat(person("Πέτρος", "Pavlos")).isLessThan(T);
  }
}
