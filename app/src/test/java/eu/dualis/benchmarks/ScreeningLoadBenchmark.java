package eu.dualis.benchmarks;

import eu.dualis.testing.Deployments;
import eu.dualis.testing.Stack;
import eu.dualis.testing.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The screening API under load on the real stack (Liberty, MariaDB, Keycloak tokens): every bundled
 * list in force, then 50 clients, each sending {@code POST /api/v1/screenings} one after another
 * for 60 s (after 15 s of warm-up), with names of listed and of unlisted people. Every screening is
 * stored as in production. Prints throughput, latency percentiles and errors (goal: p99 ≤ 50 ms, no
 * errors); asserts nothing about time. Not part of {@code ./mvnw verify}; run it with the README's
 * command.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningLoadBenchmark {

  static final int CLIENTS = Integer.getInteger("load.clients", 50);
  static final int SECONDS = Integer.getInteger("load.seconds", 60);
  static final int WARMUP_SECONDS = Integer.getInteger("load.warmup", 15);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void screeningUnderLoad() throws Exception {
    System.out.println("Screening API load benchmark");
    BundledLists.importAll(Stack.appUrl());
    List<String> bodies = bodies();
    String token = Tokens.of("sales@acme.test");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    run(http, token, bodies, WARMUP_SECONDS, null);
    Result result = new Result();
    run(http, token, bodies, SECONDS, result);
    result.print();
  }

  /** Latencies in microseconds, errors, and the first error seen. */
  static final class Result {
    final List<long[]> perClient = new ArrayList<>();
    final AtomicInteger errors = new AtomicInteger();
    volatile String firstError;
    long wallNanos;

    synchronized void add(long[] latencies) {
      perClient.add(latencies);
    }

    void print() {
      long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      double seconds = wallNanos / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%n  %d clients, %.0f s: %d screenings, %.0f per second, %d errors%s%n",
          CLIENTS,
          seconds,
          all.length,
          all.length / seconds,
          errors.get(),
          firstError == null ? "" : " (first: " + firstError + ")");
      System.out.printf(
          Locale.ROOT,
          "  latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f   (goal: p99 <= 50 ms, no errors)%n",
          pct(all, 50),
          pct(all, 90),
          pct(all, 99),
          all.length == 0 ? 0 : all[all.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, double p) {
      if (sorted.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1000.0;
    }
  }

  private static void run(
      HttpClient http, String token, List<String> bodies, int seconds, Result result)
      throws InterruptedException {
    CountDownLatch done = new CountDownLatch(CLIENTS);
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    AtomicLong next = new AtomicLong();
    for (int c = 0; c < CLIENTS; c++) {
      Thread client =
          new Thread(
              () -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                try {
                  while (System.nanoTime() < end) {
                    String body = bodies.get((int) (next.getAndIncrement() % bodies.size()));
                    HttpRequest request =
                        HttpRequest.newBuilder(URI.create(Stack.appUrl() + "/api/v1/screenings"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                      status =
                          http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                      status = -1;
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (result != null) {
                      if (status != 201) {
                        result.errors.incrementAndGet();
                        if (result.firstError == null) {
                          result.firstError = "HTTP " + status;
                        }
                      }
                      if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                      }
                      latencies[n++] = micros;
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  if (result != null) {
                    result.add(Arrays.copyOf(latencies, n));
                  }
                  done.countDown();
                }
              });
      client.setDaemon(true);
      client.start();
    }
    done.await();
    if (result != null) {
      result.wallNanos = System.nanoTime() - start;
    }
  }

  /** Screening requests: people on the UN list as a query gives them, and people on no list. */
  private static List<String> bodies() throws IOException {
    List<String> bodies = new ArrayList<>();
    for (String file : List.of("un-persons-queries.csv", "non-listed-persons.csv")) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  ScreeningLoadBenchmark.class.getResourceAsStream("/fixtures/matching/" + file),
                  StandardCharsets.UTF_8))) {
        in.readLine();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String name =
              line.startsWith("\"")
                  ? line.substring(1, line.indexOf('"', 1))
                  : line.split(",", 2)[0];
          if (!name.isBlank()) {
            bodies.add(
                "{\"name\":\""
                    + name.replace("\\", "").replace("\"", "")
                    + "\",\"type\":\"PERSON\"}");
          }
        }
      }
    }
    return bodies;
  }
}
