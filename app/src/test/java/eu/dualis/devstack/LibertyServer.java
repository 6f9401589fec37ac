package eu.dualis.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The Liberty server that the build made in target/liberty, run in the foreground. */
final class LibertyServer implements AutoCloseable {

  private final Process process;

  private LibertyServer(Process process) {
    this.process = process;
  }

  static LibertyServer start(Path target, Map<String, String> environment) throws IOException {
    Path script = target.resolve("liberty/wlp/bin/server");
    Path war = target.resolve("dualis.war");
    if (!Files.isExecutable(script) || !Files.exists(war)) {
      throw new IllegalStateException(
          "No Liberty server or WAR in " + target + ": run the build's package phase first");
    }
    ProcessBuilder builder =
        new ProcessBuilder(List.of(script.toString(), "run", "dualis")).inheritIO();
    builder.environment().putAll(environment);
    builder.environment().put("APP_LOCATION", war.toAbsolutePath().toString());
    builder
        .environment()
        .put("APP_CONFIG", target.resolve("../src/main/liberty/app.xml").normalize().toString());
    builder.environment().putIfAbsent("JVM_ARGS", "-Xmx512m");
    return new LibertyServer(builder.start());
  }

  /** Waits until /health/ready answers 200 (database and identity provider up). */
  boolean awaitReady(String baseUrl, Duration timeout) throws InterruptedException {
    return ChildProcesses.awaitHttpOk(process, baseUrl + "/health/ready", timeout);
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() {
    ChildProcesses.stop(process);
  }
}
