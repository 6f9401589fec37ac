package eu.dualis.exportcheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.exportcheck.model.EndUseConcern;
import eu.dualis.exportcheck.model.ExportFacts.ConcernFact;
import org.junit.jupiter.api.Test;

class EndUseRedFlagsTest {

  @Test
  void police_surveillance_raises_an_art_5_flag() {
    assertThat(EndUseRedFlags.in("Video analytics for the city Police, incl. facial recognition"))
        .containsExactly(
            new ConcernFact(EndUseConcern.INTERNAL_REPRESSION, "police"),
            new ConcernFact(EndUseConcern.INTERNAL_REPRESSION, "facial recognition"));
  }

  @Test
  void dutch_and_military_wording_is_found() {
    assertThat(EndUseRedFlags.in("Levering aan de Politie en het leger"))
        .extracting(ConcernFact::concern)
        .containsExactly(EndUseConcern.MILITARY_END_USE, EndUseConcern.INTERNAL_REPRESSION);
  }

  @Test
  void weapons_of_mass_destruction_wording_raises_art_4_1_a() {
    assertThat(EndUseRedFlags.in("spare parts for uranium enrichment centrifuges"))
        .extracting(ConcernFact::concern)
        .containsOnly(EndUseConcern.WMD);
  }

  @Test
  void only_whole_words_count() {
    assertThat(EndUseRedFlags.in("Pest control against armyworm; company policy on covertures"))
        .isEmpty();
    assertThat(EndUseRedFlags.in("Quality control in a bottling plant")).isEmpty();
    assertThat(EndUseRedFlags.in(null)).isEmpty();
  }
}
