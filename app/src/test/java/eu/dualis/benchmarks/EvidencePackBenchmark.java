package eu.dualis.benchmarks;

import eu.dualis.testing.Api;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.EvidencePacks;
import eu.dualis.testing.Stack;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evidence pack end to end on the real stack: the acme tenant gets 10,000 products (each
 * classified), 100,000 screenings, 5,000 training records and 1,000 export checks, written straight
 * into the database; then an officer requests a pack over the whole period and the job assembles
 * it. Prints the time from request to READY (goal: 30 s on 2 cores) and the server's used heap
 * sampled every 100 ms during the run, above what it used before (goal: the job's heap use at most
 * 512 MB). Asserts nothing about either. Not part of {@code ./mvnw verify}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidencePackBenchmark {

  static final String TENANT = "acme";
  static final int PRODUCTS = 10_000;
  static final int SCREENINGS = 100_000;
  static final int TRAINING_RECORDS = 5_000;
  static final int EXPORT_CHECKS = 1_000;
  private static final Pattern USED_HEAP =
      Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*\\}\\s+([0-9.E+]+)");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void assembleAPackOverABusyTenant() throws Exception {
    System.out.println("Evidence pack benchmark: seeding");
    long t0 = System.nanoTime();
    seed();
    System.out.printf("  seeded in %,d ms%n", (System.nanoTime() - t0) / 1_000_000);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    System.gc();
    long baseline = usedHeap();
    AtomicLong peak = new AtomicLong(baseline);
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  peak.accumulateAndGet(usedHeap(), Math::max);
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  // a missed sample is not a failure of the benchmark
                }
              }
            });
    sampler.setDaemon(true);
    Api officer = Api.as("officer@acme.test");
    sampler.start();
    Api.Reply requested =
        officer.post(
            "/api/v1/evidence-packs",
            EvidencePacks.request("CDIU", today.minusYears(2), today, List.of(), List.of(), "en"));
    if (requested.status() != 202) {
      throw new IllegalStateException("request refused: " + requested);
    }
    String id = requested.location().orElseThrow().replaceAll(".*/", "");
    JsonObject pack = awaitFinished(id);
    sampler.interrupt();
    double seconds =
        Duration.between(
                    Instant.parse(pack.getString("requestedAt")),
                    Instant.parse(pack.getString("completedAt")))
                .toMillis()
            / 1000.0;
    System.out.printf(
        "%nEVIDENCE PACK BENCHMARK: %,d products, %,d screenings, %,d training records, %,d"
            + " export checks;%n  pack %s in %.1f s (goal <= 30 s), %,d bytes; server heap"
            + " %,d MB before, peak %,d MB during the run: %,d MB above (goal <= 512 MB)%n%n",
        PRODUCTS,
        SCREENINGS,
        TRAINING_RECORDS,
        EXPORT_CHECKS,
        pack.getString("status"),
        seconds,
        pack.getJsonNumber("contentSize") == null
            ? 0
            : pack.getJsonNumber("contentSize").longValue(),
        baseline >> 20,
        peak.get() >> 20,
        (peak.get() - baseline) >> 20);
  }

  private static JsonObject awaitFinished(String id) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20 * 60_000;
    while (System.currentTimeMillis() < deadline) {
      JsonObject pack = Api.as("officer@acme.test").get("/api/v1/evidence-packs/" + id).json();
      String status = pack.getString("status");
      if (status.equals("READY") || status.equals("FAILED")) {
        return pack;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the pack did not finish within 20 minutes");
  }

  private static long usedHeap() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Stack.appUrl() + "/metrics?scope=base")).build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher m = USED_HEAP.matcher(r.body());
    return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
  }

  private static void seed() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 6);
    Timestamp now = Timestamp.from(Instant.now());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (Connection c =
        DriverManager.getConnection(
            System.getenv("DB_URL") + "&rewriteBatchedStatements=true",
            System.getenv("DB_USER"),
            System.getenv("DB_PASSWORD"))) {
      c.setAutoCommit(false);
      try (PreparedStatement product =
              c.prepareStatement(
                  "INSERT INTO product (id, tenant_id, name, part_number, created_by, created_at,"
                      + " updated_by, updated_at, version) VALUES (?, ?, ?, ?, 'bench', ?,"
                      + " 'bench', ?, 1)");
          PreparedStatement classification =
              c.prepareStatement(
                  "INSERT INTO classification (id, tenant_id, product_id, control_list_version_id,"
                      + " outcome, entry_codes, cyber_surveillance, rationale, status, author,"
                      + " created_at, approved_by, approved_at, version) VALUES (?, ?, ?, ?,"
                      + " 'LISTED', ?, 'NO', 'benchmark', 'APPROVED', 'bench', ?, 'bench2', ?, 1)");
          PreparedStatement code =
              c.prepareStatement(
                  "INSERT INTO classification_code (tenant_id, classification_id, code) VALUES"
                      + " (?, ?, ?)")) {
        String version = UUID.randomUUID().toString();
        String[] codes = {"5A002.a.1", "5A001.j", "4A005", "5A002.a.2"};
        for (int i = 0; i < PRODUCTS; i++) {
          String p = UUID.randomUUID().toString();
          product.setString(1, p);
          product.setString(2, TENANT);
          product.setString(3, "Bench product " + i);
          product.setString(4, "B-" + marker + "-" + i);
          product.setTimestamp(5, now);
          product.setTimestamp(6, now);
          product.addBatch();
          String cl = UUID.randomUUID().toString();
          String entry = codes[i % codes.length];
          classification.setString(1, cl);
          classification.setString(2, TENANT);
          classification.setString(3, p);
          classification.setString(4, version);
          classification.setString(5, entry);
          classification.setTimestamp(6, now);
          classification.setTimestamp(7, now);
          classification.addBatch();
          code.setString(1, TENANT);
          code.setString(2, cl);
          code.setString(3, entry);
          code.addBatch();
          if (i % 1000 == 999) {
            product.executeBatch();
            classification.executeBatch();
            code.executeBatch();
          }
        }
        product.executeBatch();
        classification.executeBatch();
        code.executeBatch();
        c.commit();
      }
      try (PreparedStatement screening =
          c.prepareStatement(
              "INSERT INTO screening (id, tenant_id, screened_at, screened_by, purpose, query_name,"
                  + " query_type, query_country, threshold, status, hit_count, suppressed_count,"
                  + " list_versions, hits) VALUES (?, ?, ?, 'bench', 'PARTY', ?, 'PERSON', 'NL',"
                  + " 0.800, ?, 0, 0, '[]', '[]')")) {
        for (int i = 0; i < SCREENINGS; i++) {
          screening.setString(1, UUID.randomUUID().toString());
          screening.setString(2, TENANT);
          screening.setTimestamp(
              3, Timestamp.from(Instant.now().minus(Duration.ofMinutes(i % 500_000))));
          screening.setString(4, "Bench person " + marker + " " + i);
          screening.setString(5, i % 100 == 0 ? "POTENTIAL_MATCH" : "CLEAR");
          screening.addBatch();
          if (i % 2000 == 1999) {
            screening.executeBatch();
          }
        }
        screening.executeBatch();
        c.commit();
      }
      String[] courses = new String[5];
      try (PreparedStatement course =
              c.prepareStatement(
                  "INSERT INTO training_course (id, tenant_id, title, kind, validity_months, owner,"
                      + " created_at, updated_at, version) VALUES (?, ?, ?, 'AWARENESS', 24,"
                      + " 'bench', ?, ?, 1)");
          PreparedStatement trainee =
              c.prepareStatement(
                  "INSERT INTO training_trainee (id, tenant_id, name, email, job_role, active,"
                      + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 1)");
          PreparedStatement requirement =
              c.prepareStatement(
                  "INSERT INTO training_requirement (id, tenant_id, job_role, course_id,"
                      + " created_by, created_at) VALUES (?, ?, ?, ?, 'bench', ?)");
          PreparedStatement record =
              c.prepareStatement(
                  "INSERT INTO training_record (id, tenant_id, trainee_id, course_id,"
                      + " completed_on, result, score, expires_on, recorded_by, recorded_at)"
                      + " VALUES (?, ?, ?, ?, ?, 'PASSED', 80, ?, 'bench', ?)")) {
        String role = "bench role " + marker;
        for (int i = 0; i < courses.length; i++) {
          courses[i] = UUID.randomUUID().toString();
          course.setString(1, courses[i]);
          course.setString(2, TENANT);
          course.setString(3, "Bench course " + marker + " " + i);
          course.setTimestamp(4, now);
          course.setTimestamp(5, now);
          course.executeUpdate();
          requirement.setString(1, UUID.randomUUID().toString());
          requirement.setString(2, TENANT);
          requirement.setString(3, role);
          requirement.setString(4, courses[i]);
          requirement.setTimestamp(5, now);
          requirement.executeUpdate();
        }
        int trainees = TRAINING_RECORDS / courses.length;
        for (int t = 0; t < trainees; t++) {
          String id = UUID.randomUUID().toString();
          trainee.setString(1, id);
          trainee.setString(2, TENANT);
          trainee.setString(3, "Bench trainee " + t);
          trainee.setString(4, "bench" + t + "-" + marker + "@acme.test");
          trainee.setString(5, role);
          trainee.setTimestamp(6, now);
          trainee.setTimestamp(7, now);
          trainee.addBatch();
          for (String courseId : courses) {
            LocalDate done = today.minusDays((t * 7L) % 700);
            record.setString(1, UUID.randomUUID().toString());
            record.setString(2, TENANT);
            record.setString(3, id);
            record.setString(4, courseId);
            record.setDate(5, Date.valueOf(done));
            record.setDate(6, Date.valueOf(done.plusMonths(24)));
            record.setTimestamp(7, now);
            record.addBatch();
          }
        }
        trainee.executeBatch();
        record.executeBatch();
        c.commit();
      }
      try (PreparedStatement check =
          c.prepareStatement(
              "INSERT INTO export_check (id, tenant_id, lineage_id, reference, destination,"
                  + " end_use, determination, input, facts, result, versions_used, checked_by,"
                  + " checked_at) VALUES (?, ?, ?, ?, ?, 'Benchmark end use', ?, '{}', '{}', '{}',"
                  + " '{}', 'bench', ?)")) {
        String[] determinations = {"RELEASE", "RELEASE", "LICENCE_REQUIRED", "HOLD"};
        String[] destinations = {"US", "CN", "BR", "JP", "AE"};
        for (int i = 0; i < EXPORT_CHECKS; i++) {
          String id = UUID.randomUUID().toString();
          check.setString(1, id);
          check.setString(2, TENANT);
          check.setString(3, id);
          check.setString(4, "BENCH-" + marker + "-" + i);
          check.setString(5, destinations[i % destinations.length]);
          check.setString(6, determinations[i % determinations.length]);
          check.setTimestamp(7, Timestamp.from(Instant.now().minus(Duration.ofHours(i))));
          check.addBatch();
        }
        check.executeBatch();
        c.commit();
      }
    }
  }
}
