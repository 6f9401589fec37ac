package eu.dualis.devstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The Keycloak dev server ({@code kc.sh start-dev}) from the unpacked Maven Central distribution,
 * with realm {@code dualis} imported from {@code keycloak/dualis-realm.json} on the test classpath.
 */
final class KeycloakServer implements AutoCloseable {

  private final Process process;
  private final int port;

  private KeycloakServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * @param home the unpacked distribution
   * @param freshData true to forget users and sessions of earlier runs (tests); false to keep them
   */
  static KeycloakServer start(Path home, int port, boolean freshData) throws Exception {
    if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "Keycloak is not unpacked at " + home + ": run the build's package phase first");
    }
    Path data = home.resolve("data");
    byte[] realm;
    try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/dualis-realm.json")) {
      realm = in.readAllBytes();
    }
    // Keycloak imports a realm only once; when the realm file changed, start from it again.
    Path imported = data.resolve("import/dualis-realm.json");
    boolean realmChanged =
        !Files.exists(imported) || !java.util.Arrays.equals(Files.readAllBytes(imported), realm);
    if (freshData || realmChanged) {
      Directories.deleteTree(data.resolve("h2"));
    }
    Files.createDirectories(imported.getParent());
    Files.write(imported, realm);
    File log = home.resolve("keycloak.log").toFile();
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start-dev",
                    "--import-realm",
                    "--http-port=" + port,
                    "--hostname=http://localhost:" + port,
                    "--http-management-port=" + (port + 1),
                    "--cache=local"))
            .redirectErrorStream(true)
            .redirectOutput(log);
    builder
        .environment()
        .put(
            "JAVA_OPTS",
            "-Xms64m -Xmx512m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                + " -Djava.net.preferIPv4Stack=true");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-dev-only");
    KeycloakServer server = new KeycloakServer(builder.start(), port);
    server.awaitRealm(Duration.ofMinutes(4), log);
    return server;
  }

  String issuer() {
    return "http://localhost:" + port + "/realms/dualis";
  }

  private void awaitRealm(Duration timeout, File log) throws Exception {
    if (ChildProcesses.awaitHttpOk(
        process, issuer() + "/.well-known/openid-configuration", timeout)) {
      return;
    }
    boolean died = !process.isAlive();
    close();
    throw new IllegalStateException(
        (died ? "Keycloak exited" : "Keycloak was not ready in " + timeout)
            + "; see "
            + log
            + "\n"
            + tail(log));
  }

  @Override
  public void close() {
    ChildProcesses.stop(process);
  }

  private static String tail(File log) throws IOException {
    List<String> lines = Files.readAllLines(log.toPath());
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
