package eu.dualis.benchmarks;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.Fingerprints;
import eu.dualis.testing.Api;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.Stack;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rescreening job end to end on the real stack: every bundled list in force (about 27,000
 * names), 100,000 parties in 10 tenants (names of people from many cultures, 1 in 100 a person of
 * the UN list), then a run of {@code sanctions-rescreen}, which screens each party, stores each
 * screening and raises the new hits, tenant by tenant in pages. Prints parties per second from the
 * run's recorded start and end (goal: at least 2,000 per second on 2 cores); asserts nothing about
 * time. Not part of {@code ./mvnw verify}; run it with the README's command.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RescreenBenchmark {

  static final int TENANTS = 10;
  static final int PER_TENANT = Integer.getInteger("rescreen.perTenant", 10_000);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void rescreenEveryParty() throws Exception {
    System.out.println("Rescreen benchmark");
    BundledLists.importAll(Stack.appUrl());
    Api platform = Api.as("platform@dualis.test");
    awaitIdle(platform);
    long t0 = System.nanoTime();
    seed();
    long seeded = (System.nanoTime() - t0) / 1_000_000;
    var triggered = platform.post("/api/v1/job-runs/sanctions-rescreen", null);
    if (triggered.status() != 202) {
      throw new IllegalStateException("trigger failed: " + triggered);
    }
    JsonObject run = awaitRun();
    Instant started = Instant.parse(run.getString("startedAt"));
    Instant finished = Instant.parse(run.getString("finishedAt"));
    double seconds = Duration.between(started, finished).toMillis() / 1000.0;
    int done = run.getInt("done");
    System.out.printf(
        "%nRESCREEN BENCHMARK: seeded %,d parties in %,d ms;%n  run %s: %,d parties rescreened in"
            + " %.1f s = %,.0f parties per second (goal >= 2,000); %s%n%n",
        TENANTS * PER_TENANT,
        seeded,
        run.getString("outcome"),
        done,
        seconds,
        done / seconds,
        run.getString("message"));
  }

  private static JsonObject awaitRun() throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30 * 60_000;
    while (System.currentTimeMillis() < deadline) {
      // A fresh token each time: tokens live five minutes, a run may take longer.
      JsonObject newest =
          Api.as("platform@dualis.test")
              .get("/api/v1/job-runs?jobName=sanctions-rescreen&size=1")
              .json()
              .getJsonArray("items")
              .getJsonObject(0);
      if (!"RUNNING".equals(newest.getString("outcome"))
          && newest.getInt("done") >= TENANTS * PER_TENANT) {
        return newest;
      }
      if (newest.getInt("total") > 0) {
        System.out.printf("  %,d of %,d%n", newest.getInt("done"), newest.getInt("total"));
      }
      Thread.sleep(5000);
    }
    throw new IllegalStateException("the rescreen did not finish within 30 minutes");
  }

  /** Waits until no rescreen triggered by the list imports is still running. */
  private static void awaitIdle(Api platform) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      var items =
          platform
              .get("/api/v1/job-runs?jobName=sanctions-rescreen&size=5")
              .json()
              .getJsonArray("items");
      boolean running =
          items.stream().anyMatch(r -> "RUNNING".equals(r.asJsonObject().getString("outcome")));
      if (!running) {
        Thread.sleep(3000);
        return;
      }
      Thread.sleep(1000);
    }
  }

  private static void seed() throws Exception {
    List<String> listed = names("un-persons-queries.csv");
    List<String[]> people = new ArrayList<>();
    for (String n : names("non-listed-persons.csv")) {
      people.add(n.split(" "));
    }
    Random random = new Random(11);
    String marker = UUID.randomUUID().toString().substring(0, 6);
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c =
        DriverManager.getConnection(
            System.getenv("DB_URL") + "&rewriteBatchedStatements=true",
            System.getenv("DB_USER"),
            System.getenv("DB_PASSWORD"))) {
      c.setAutoCommit(false);
      try (PreparedStatement tenant =
              c.prepareStatement(
                  "INSERT INTO tenant (id, display_name, created_by) VALUES (?, ?, 'benchmark')");
          PreparedStatement party =
              c.prepareStatement(
                  "INSERT INTO party (id, tenant_id, role, entity_type, name, country, status,"
                      + " screening_key, created_at, updated_at, version)"
                      + " VALUES (?, ?, 'CUSTOMER', 'PERSON', ?, ?, 'CLEAR', ?, ?, ?, 1)")) {
        for (int t = 0; t < TENANTS; t++) {
          String tenantId = "rs-" + marker + "-" + t;
          tenant.setString(1, tenantId);
          tenant.setString(2, "Rescreen benchmark " + t);
          tenant.executeUpdate();
          for (int i = 0; i < PER_TENANT; i++) {
            String name;
            if (random.nextInt(100) == 0) {
              name = listed.get(random.nextInt(listed.size()));
            } else {
              // A given name of one person and the family name of another: mostly new people.
              String[] a = people.get(random.nextInt(people.size()));
              String[] b = people.get(random.nextInt(people.size()));
              name = a[0] + " " + b[b.length - 1];
            }
            String country = random.nextBoolean() ? "DE" : null;
            party.setString(1, UUID.randomUUID().toString());
            party.setString(2, tenantId);
            party.setString(3, name);
            party.setString(4, country);
            party.setString(
                5, Fingerprints.ofParty(name, EntityType.PERSON, country, null, List.of()));
            party.setTimestamp(6, now);
            party.setTimestamp(7, now);
            party.addBatch();
          }
          party.executeBatch();
          c.commit();
        }
      }
    }
  }

  private static List<String> names(String file) throws Exception {
    List<String> names = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                RescreenBenchmark.class.getResourceAsStream("/fixtures/matching/" + file),
                StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String name =
            line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.split(",", 2)[0];
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
    }
    return names;
  }
}
