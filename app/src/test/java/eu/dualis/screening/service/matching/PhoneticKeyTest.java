package eu.dualis.screening.service.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneticKeyTest {

  @Test
  void romanisationsOfOneNameShareAKey() {
    assertThat(PhoneticKey.of("mohammed")).isEqualTo(PhoneticKey.of("muhammad"));
    assertThat(PhoneticKey.of("hussein")).isEqualTo(PhoneticKey.of("husayn"));
    assertThat(PhoneticKey.of("xi")).isEqualTo(PhoneticKey.of("hsi"));
    assertThat(PhoneticKey.of("zelenskyy")).isEqualTo(PhoneticKey.of("selenskyj"));
    assertThat(PhoneticKey.of("gaddafi")).isEqualTo(PhoneticKey.of("qaddafi"));
    assertThat(PhoneticKey.of("wladimir")).isEqualTo(PhoneticKey.of("vladimir"));
    assertThat(PhoneticKey.of("sergei")).isEqualTo(PhoneticKey.of("sergej"));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(PhoneticKey.of("mahmoud")).isNotEqualTo(PhoneticKey.of("mohammed"));
    assertThat(PhoneticKey.of("hassan")).isNotEqualTo(PhoneticKey.of("hussein"));
  }

  @Test
  void skeletonsAreTheConsonantsAScriptWithoutVowelsWrites() {
    assertThat(PhoneticKey.skeleton("mhmd")).isEqualTo(PhoneticKey.skeleton("mohamed"));
    assertThat(PhoneticKey.skeleton("dwd")).isEqualTo(PhoneticKey.skeleton("david"));
  }

  @Test
  void editDistanceCountsATranspositionOnce() {
    assertThat(StringSimilarity.damerauLevenshtein("schloz", "scholz")).isEqualTo(1);
    assertThat(StringSimilarity.jaroWinkler("martha", "marhta")).isBetween(0.96, 0.97);
  }
}
