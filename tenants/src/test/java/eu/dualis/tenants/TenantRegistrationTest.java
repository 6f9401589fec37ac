package eu.dualis.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.tenants.provisioning.TenantRegistration;
import org.junit.jupiter.api.Test;

class TenantRegistrationTest {

  @Test
  void listsEveryBadFieldByName() {
    assertThat(TenantRegistration.problems("A B", " ", "not-an-email"))
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("id:"))
        .anySatisfy(p -> assertThat(p).startsWith("displayName:"))
        .anySatisfy(p -> assertThat(p).startsWith("adminEmail:"));
  }

  @Test
  void acceptsAGoodRegistration() {
    TenantRegistration registration =
        TenantRegistration.of("initech", " Initech B.V. ", "admin@initech.test");
    assertThat(registration.id()).isEqualTo(TenantId.of("initech"));
    assertThat(registration.displayName()).isEqualTo("Initech B.V.");
    assertThatThrownBy(() -> TenantRegistration.of("initech", "Initech", "x"))
        .hasMessageContaining("adminEmail");
  }
}
