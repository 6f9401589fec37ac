package eu.dualis.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh MariaDB and Keycloak once for the whole integration-test run (failsafe sets {@code
 * dualis.it}); Arquillian then starts Liberty with the same environment. Unit tests (surefire)
 * start nothing.
 */
public class IntegrationStack implements LauncherSessionListener {

  private EmbeddedDatabase database;
  private KeycloakServer keycloak;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("dualis.it")) {
      return;
    }
    try {
      Path home = Path.of(System.getProperty("dualis.target"), "it-stack");
      Directories.deleteTree(home);
      Files.createDirectories(home);
      Files.createDirectories(Path.of(System.getenv().getOrDefault("TMPDIR", "/tmp")));
      database =
          EmbeddedDatabase.start(
              home.toFile(),
              Integer.parseInt(System.getenv("DB_PORT")),
              System.getenv("DB_PASSWORD"));
      keycloak =
          KeycloakServer.start(
              Path.of(System.getProperty("dualis.keycloak.home")),
              Integer.parseInt(System.getenv("KEYCLOAK_PORT")),
              true);
    } catch (Exception e) {
      launcherSessionClosed(session);
      throw new IllegalStateException("Could not start the integration-test stack", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
    if (database != null) {
      try {
        database.close();
      } catch (Exception e) {
        System.err.println("Could not stop MariaDB: " + e);
      }
      database = null;
    }
  }
}
