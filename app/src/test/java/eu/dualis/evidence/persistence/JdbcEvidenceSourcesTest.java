package eu.dualis.evidence.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcEvidenceSourcesTest {

  @Test
  void noScopeTakesEverything() {
    assertThat(JdbcEvidenceSources.inScope(null, List.of())).isTrue();
    assertThat(JdbcEvidenceSources.inScope("1C351", List.of())).isTrue();
  }

  @Test
  void anEntryCodeScopesItsSubItems() {
    assertThat(JdbcEvidenceSources.inScope("5A002.a.1", List.of("5A002"))).isTrue();
    assertThat(JdbcEvidenceSources.inScope("1C351 5a002.b", List.of("5A002"))).isTrue();
    assertThat(JdbcEvidenceSources.inScope("5A001", List.of("5A002"))).isFalse();
    assertThat(JdbcEvidenceSources.inScope(null, List.of("5A002"))).isFalse();
  }
}
