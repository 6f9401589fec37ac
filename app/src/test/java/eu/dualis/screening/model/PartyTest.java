package eu.dualis.screening.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private static PartyDetails details(String name, String address) {
    return new PartyDetails(
        PartyRole.END_USER, EntityType.PERSON, name, address, "cd", null, List.of("P1"), "C-1");
  }

  @Test
  void startsClearAndFollowsItsScreenings() {
    Party party = Party.create(details("Germain Katanga", "Goma"), NOW);
    assertThat(party.status()).isEqualTo(PartyStatus.CLEAR);
    assertThat(party.details().country()).isEqualTo("CD");
    party.screened(true, NOW);
    assertThat(party.status()).isEqualTo(PartyStatus.POTENTIAL_MATCH);
    assertThat(party.lastScreenedAt()).isEqualTo(NOW);
    party.settle(false);
    assertThat(party.status()).isEqualTo(PartyStatus.CLEAR);
  }

  @Test
  void aBlockedPartyStaysBlockedWhateverLaterScreeningsSay() {
    Party party = Party.create(details("Germain Katanga", "Goma"), NOW);
    party.block();
    party.screened(false, NOW);
    party.settle(false);
    assertThat(party.status()).isEqualTo(PartyStatus.BLOCKED);
  }

  @Test
  void onlyAChangeOfWhatScreeningLooksAtChangesTheScreeningKey() {
    Party party = Party.create(details("Germain Katanga", "Goma"), NOW);
    String key = party.screeningKey();
    assertThat(party.revise(details("Germain Katanga", "Bukavu"), NOW)).isFalse();
    assertThat(party.screeningKey()).isEqualTo(key);
    assertThat(party.revise(details("Germain Katanga Jr", "Bukavu"), NOW)).isTrue();
    assertThat(party.screeningKey()).isNotEqualTo(key);
  }

  @Test
  void keepsItsIdentifiersApart() {
    Party party =
        Party.create(
            new PartyDetails(
                PartyRole.CUSTOMER,
                EntityType.ORGANISATION,
                "Acme",
                null,
                null,
                null,
                List.of("HRB 1", "VAT NL1"),
                null),
            NOW);
    assertThat(party.identifierList()).containsExactly("HRB 1", "VAT NL1");
  }
}
