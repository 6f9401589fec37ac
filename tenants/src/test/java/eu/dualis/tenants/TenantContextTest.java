package eu.dualis.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantContextTest {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");

  @Test
  void unboundThreadFailsClosed() {
    assertThat(TenantContext.current()).isEmpty();
    assertThatThrownBy(TenantContext::require).isInstanceOf(NoTenantException.class);
  }

  @Test
  void runAsBindsOnlyForTheWorkAndRestoresTheOuterTenant() {
    TenantContext.runAs(
        ACME,
        () -> {
          assertThat(TenantContext.require()).isEqualTo(ACME);
          assertThat(TenantContext.callAs(GLOBEX, TenantContext::require)).isEqualTo(GLOBEX);
          assertThat(TenantContext.require()).isEqualTo(ACME);
        });
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void tenantIsRestoredWhenTheWorkFails() {
    assertThatThrownBy(
            () ->
                TenantContext.runAs(
                    ACME,
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void aTenantDoesNotLeakToAnotherThread() throws Exception {
    TenantId[] seen = new TenantId[1];
    TenantContext.runAs(
        ACME,
        () -> {
          Thread other = new Thread(() -> seen[0] = TenantContext.current().orElse(null));
          other.start();
          try {
            other.join();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
    assertThat(seen[0]).isNull();
  }
}
