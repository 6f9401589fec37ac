package eu.dualis.licensing.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.licensing.model.LicenceKind;
import eu.dualis.licensing.model.LicensedCode;
import org.junit.jupiter.api.Test;

/** The shipped Annex II catalogue reads, and says what EU001 allows. */
class GeneralAuthorisationsTest {

  @Test
  void eu001HasTheDestinationsOfAnnexIiSectionAAndExcludesPathogens() {
    var eu001 = GeneralAuthorisations.shipped().get(LicenceKind.EU001);
    assertThat(eu001.section()).isEqualTo("A");
    assertThat(eu001.destinations())
        .containsExactlyInAnyOrder("AU", "CA", "IS", "JP", "NZ", "NO", "CH", "LI", "GB", "US");
    assertThat(eu001.exclusionOf(LicensedCode.parse("1C351.d.4").orElseThrow())).isPresent();
    assertThat(eu001.exclusionOf(LicensedCode.parse("9A117").orElseThrow())).isPresent();
    assertThat(eu001.exclusionOf(LicensedCode.parse("5A002.a").orElseThrow())).isEmpty();
    assertThat(eu001.source()).contains("2021/821");
  }

  @Test
  void everyEuGeneralAuthorisationHasItsSection() {
    assertThat(GeneralAuthorisations.shipped()).hasSize(8);
    assertThat(GeneralAuthorisations.shipped().get(LicenceKind.EU008).section()).isEqualTo("H");
    assertThat(LicenceKind.EU008.legalBasis()).contains("Section H").contains("Art. 12(1)(d)");
  }
}
