package eu.dualis.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantIdTest {

  @Test
  void acceptsLowerCaseSlugs() {
    assertThat(TenantId.of("acme").value()).isEqualTo("acme");
    assertThat(TenantId.of("acme-export-2").toString()).isEqualTo("acme-export-2");
  }

  @Test
  void refusesWhatCouldNotBeAColumnValueOrAnAlias() {
    for (String bad : new String[] {"", "a", "Acme", "-acme", "acme export", "acme;drop", "é"}) {
      assertThatThrownBy(() -> TenantId.of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(TenantId.isValid(null)).isFalse();
    assertThat(TenantId.isValid("a".repeat(64))).isFalse();
  }
}
