package eu.dualis.screening.service.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.service.matching.MatchingFixtures.CrossScriptPair;
import eu.dualis.screening.service.matching.MatchingFixtures.Quality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quality on the published labelled pairs (see fixtures/matching/README.md); no timing here. */
class NamePairsQualityTest {

  private final NameMatcher matcher = new NameMatcher();

  @Test
  void namePairsReachF1OfAtLeast085AtTheDefaultThreshold() {
    Quality q =
        MatchingFixtures.ours(MatchingFixtures.namePairs(), matcher, MatchThreshold.DEFAULT);
    assertThat(q.pairs()).isEqualTo(826);
    assertThat(q.f1()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void atLeast90PercentOfCrossScriptPairsReachTheirMinimumScore() {
    List<CrossScriptPair> pairs = MatchingFixtures.crossScriptPairs();
    long passed =
        pairs.stream()
            .filter(
                p ->
                    matcher.compare(p.query(), p.expected(), EntityType.PERSON).score()
                        >= p.minScore())
            .count();
    assertThat(pairs).hasSize(22);
    assertThat(passed).isGreaterThanOrEqualTo((long) Math.ceil(0.9 * pairs.size()));
  }
}
