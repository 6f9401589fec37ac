package eu.dualis.tenants.provisioning;

import java.io.PrintStream;
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
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /** The command without the process around it: returns the exit code. */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.length != 3) {
      err.println("usage: ProvisionTenantCommand <tenant-id> <display-name> <admin-email>");
      return 2;
    }
    List<String> problems = TenantRegistration.problems(args[0], args[1], args[2]);
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("invalid " + p));
      return 2;
    }
    String realm = env.getOrDefault("OIDC_INTERNAL_URL", env.get("OIDC_ISSUER"));
    if (env.get("DB_URL") == null || realm == null) {
      err.println("DB_URL and OIDC_INTERNAL_URL (or OIDC_ISSUER) must be set");
      return 2;
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
      out.println(outcome.message());
      if (outcome.oneTimePassword() != null) {
        out.println("One-time password (shown once): " + outcome.oneTimePassword());
      }
      return 0;
    } catch (RuntimeException e) {
      err.println("Provisioning failed: " + e.getMessage());
      return 1;
    }
  }
}
