package eu.dualis.tenants.provisioning;

import java.security.SecureRandom;

/**
 * Creates a tenant in one step, idempotently. Identity first (organization, first admin), the
 * database row last: a run that fails half-way leaves no tenant row, and repeating it completes the
 * work; a run for a tenant whose row exists changes nothing and says so.
 */
public class TenantProvisioner {

  /** Realm role of the first user of every tenant. */
  public static final String TENANT_ADMIN_ROLE = "tenant-admin";

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final TenantDirectory directory;
  private final KeycloakAdmin keycloak;
  private final SecureRandom random = new SecureRandom();

  public TenantProvisioner(TenantDirectory directory, KeycloakAdmin keycloak) {
    this.directory = directory;
    this.keycloak = keycloak;
  }

  public ProvisioningOutcome provision(TenantRegistration registration, String requestedBy) {
    if (directory.exists(registration.id())) {
      return new ProvisioningOutcome(registration.id(), false, registration.adminEmail(), null);
    }
    String organization =
        keycloak.ensureOrganization(
            registration.id().value(), registration.displayName(), registration.adminDomain());
    String password = null;
    if (!keycloak.userExists(registration.adminEmail())) {
      password = oneTimePassword();
      keycloak.createUser(
          registration.adminEmail(),
          registration.id().value(),
          TENANT_ADMIN_ROLE,
          organization,
          password);
    }
    boolean inserted =
        directory.insertIfAbsent(registration.id(), registration.displayName(), requestedBy);
    return new ProvisioningOutcome(
        registration.id(), inserted, registration.adminEmail(), password);
  }

  private String oneTimePassword() {
    StringBuilder password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
