package eu.dualis.devstack;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The run command: embedded MariaDB (unless DB_URL is set), the Keycloak dev server (unless
 * OIDC_ISSUER is set) and Liberty with the app; prints the URL and demo logins when ready; Ctrl-C
 * stops all of it.
 */
public final class DevStack {

  private static final Deque<AutoCloseable> RUNNING = new ArrayDeque<>();

  private DevStack() {}

  public static void main(String[] args) throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(DevStack::stopAll, "dualis-stop"));
    Map<String, String> env = System.getenv();
    Path home =
        Path.of(System.getProperty("dualis.home", System.getProperty("user.home") + "/.dualis"));
    Map<String, String> liberty = new HashMap<>();
    int httpPort = Integer.parseInt(env.getOrDefault("HTTP_PORT", "9080"));
    String appUrl = env.getOrDefault("APP_PUBLIC_URL", "http://localhost:" + httpPort);
    liberty.put("HTTP_PORT", String.valueOf(httpPort));
    liberty.put("APP_PUBLIC_URL", appUrl);
    // Laptop defaults: demo tenants, and Keycloak over plain http on localhost.
    liberty.put("DEMO_DATA", env.getOrDefault("DEMO_DATA", "true"));
    liberty.put("OIDC_HTTPS_REQUIRED", env.getOrDefault("OIDC_HTTPS_REQUIRED", "false"));

    if (env.containsKey("DB_URL")) {
      say("Database: external, " + env.get("DB_URL"));
    } else {
      int port = Integer.parseInt(env.getOrDefault("DEV_DB_PORT", "3307"));
      File data = home.resolve("dev").toFile();
      say("Database: embedded MariaDB on port " + port + ", data in " + data + " ...");
      EmbeddedDatabase db = EmbeddedDatabase.start(data, port, "dualis-dev");
      RUNNING.push(db);
      liberty.put("DB_URL", db.url());
      liberty.put("DB_USER", EmbeddedDatabase.USER);
      liberty.put("DB_PASSWORD", db.password());
    }

    String issuer;
    if (env.containsKey("OIDC_ISSUER")) {
      issuer = env.get("OIDC_ISSUER");
      say("Identity provider: external, " + issuer);
    } else {
      int port = Integer.parseInt(env.getOrDefault("KEYCLOAK_PORT", "8180"));
      say(
          "Identity provider: Keycloak dev server on port "
              + port
              + " (first start takes a minute) ...");
      KeycloakServer keycloak =
          KeycloakServer.start(Path.of(System.getProperty("dualis.keycloak.home")), port, false);
      RUNNING.push(keycloak);
      issuer = keycloak.issuer();
      liberty.put("OIDC_ISSUER", issuer);
      liberty.putIfAbsent(
          "OIDC_CLIENT_SECRET", env.getOrDefault("OIDC_CLIENT_SECRET", "dev-only-web-secret"));
      liberty.putIfAbsent(
          "KEYCLOAK_PROVISIONER_SECRET",
          env.getOrDefault("KEYCLOAK_PROVISIONER_SECRET", "dev-only-provisioner-secret"));
    }

    say("Application server: Open Liberty on " + appUrl + " ...");
    LibertyServer server =
        LibertyServer.start(Path.of(System.getProperty("dualis.target")), liberty);
    RUNNING.push(server);
    if (!server.awaitReady(appUrl, Duration.ofMinutes(5))) {
      say("Dualis did not become ready; see the server log above.");
      System.exit(1);
    }
    banner(appUrl, issuer);
    int exit = server.waitFor();
    say("Liberty stopped (exit " + exit + ").");
    System.exit(exit);
  }

  private static void banner(String appUrl, String issuer) {
    String line = "=".repeat(78);
    System.out.println(
        String.join(
            "\n",
            line,
            "Dualis is ready: open " + appUrl + "/",
            "",
            "Demo logins, all with the password 'demo':",
            "  officer@acme.test     compliance officer, tenant acme",
            "  reviewer@acme.test    compliance officer, tenant acme (second pair of eyes)",
            "  sales@acme.test       sales, tenant acme",
            "  auditor@acme.test     auditor, tenant acme",
            "  admin@acme.test       tenant admin, tenant acme",
            "  officer@globex.test   compliance officer, tenant globex",
            "  reviewer@globex.test  compliance officer, tenant globex",
            "  platform@dualis.test  platform admin",
            "",
            "A token for the API:",
            "  curl -s -d grant_type=password -d client_id=dualis-cli -d username=officer@acme.test \\",
            "       -d password=demo " + issuer + "/protocol/openid-connect/token",
            "API description: " + appUrl + "/openapi/ui",
            "Press Ctrl-C to stop everything.",
            line));
  }

  private static synchronized void stopAll() {
    while (!RUNNING.isEmpty()) {
      try {
        RUNNING.pop().close();
      } catch (Exception e) {
        System.err.println("While stopping: " + e);
      }
    }
  }

  private static void say(String message) {
    System.out.println("[dualis] " + message);
  }
}
