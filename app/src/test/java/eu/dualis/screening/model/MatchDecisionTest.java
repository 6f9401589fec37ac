package eu.dualis.screening.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MatchDecisionTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private static Hit hit() {
    return Hit.raise(
        "s1",
        "p1",
        new Hit.Found(
            ListSource.UN_SC,
            "CDi.006",
            "v1",
            "E1",
            "GERMAIN KATANGA",
            "GERMAIN KATANGA",
            0.94,
            "{}"),
        "officer",
        NOW);
  }

  @Test
  void aFalsePositiveHoldsWhileNeitherThePartyNorTheEntryChanged() {
    MatchDecision d =
        MatchDecision.of(hit(), "P1", MatchOutcome.FALSE_POSITIVE, "not him", "officer", NOW);
    assertThat(d.stillHolds("P1", "E1")).isTrue();
    assertThat(d.stillHolds("P2", "E1")).as("party changed").isFalse();
    assertThat(d.stillHolds("P1", "E2")).as("list entry changed").isFalse();
  }

  @Test
  void aTrueMatchIsNeverAFalsePositiveToRemember() {
    MatchDecision d = MatchDecision.of(hit(), "P1", MatchOutcome.TRUE_MATCH, "him", "officer", NOW);
    assertThat(d.stillHolds("P1", "E1")).isFalse();
  }

  @Test
  void aHitIsDecidedOnce() {
    Hit hit = hit();
    MatchDecision d =
        MatchDecision.of(hit, "P1", MatchOutcome.FALSE_POSITIVE, "not him", "officer", NOW);
    hit.decided(d);
    assertThat(hit.status()).isEqualTo(HitStatus.DECIDED);
    assertThat(hit.decisionId()).isEqualTo(d.id());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> hit.decided(d))
        .isInstanceOf(IllegalStateException.class);
  }
}
