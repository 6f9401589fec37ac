package eu.dualis.tenants.provisioning;

import java.net.URI;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

/**
 * Command line: {@code ./mvnw -q -pl tenants exec:java@provision -Dexec.args="ID 'Display name'
 * admin@example.com"} with DB_URL, DB_USER, DB_PASSWORD, OIDC_INTERNAL_URL (or OIDC_ISSUER) and
 * KEYCLOAK_PROVISIONER_SECRET in the environment. Exit code 0 when created or already present, 2 on
 * bad input, 1 on failure.
 */
public final class ProvisionTenantCommand {

  private ProvisionTenantCommand() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: ProvisionTenantCommand <tenant-id> <display-name> <admin-email>");
      System.exit(2);
    }
    List<String> problems = TenantRegistration.problems(args[0], args[1], args[2]);
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println("invalid " + p));
      System.exit(2);
    }
    Map<String, String> env = System.getenv();
    String realm = env.getOrDefault("OIDC_INTERNAL_URL", env.get("OIDC_ISSUER"));
    if (env.get("DB_URL") == null || realm == null) {
      System.err.println("DB_URL and OIDC_INTERNAL_URL (or OIDC_ISSUER) must be set");
      System.exit(2);
    }
    TenantDirectory directory =
        new TenantDirectory(
            () ->
                DriverManager.getConnection(
                    env.get("DB_URL"),
                    env.getOrDefault("DB_USER", "dualis"),
                    env.get("DB_PASSWORD")));
    KeycloakAdmin keycloak =
        new KeycloakAdmin(
            new KeycloakAdmin.Config(
                URI.create(realm),
                env.getOrDefault("KEYCLOAK_PROVISIONER_CLIENT_ID", "dualis-provisioner"),
                env.get("KEYCLOAK_PROVISIONER_SECRET")));
    try {
      ProvisioningOutcome outcome =
          new TenantProvisioner(directory, keycloak)
              .provision(TenantRegistration.of(args[0], args[1], args[2]), "command-line");
      System.out.println(outcome.message());
      if (outcome.oneTimePassword() != null) {
        System.out.println("One-time password (shown once): " + outcome.oneTimePassword());
      }
    } catch (RuntimeException e) {
      System.err.println("Provisioning failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
