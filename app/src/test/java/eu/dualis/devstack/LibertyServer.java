package eu.dualis.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    return false;
  }

  int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() {
    Stream.concat(process.descendants(), Stream.of(process.toHandle()))
        .forEach(ProcessHandle::destroy);
    try {
      process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }
}
