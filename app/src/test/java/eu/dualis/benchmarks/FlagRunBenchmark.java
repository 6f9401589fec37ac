package eu.dualis.benchmarks;

import eu.dualis.testing.Api;
import eu.dualis.testing.Deployments;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
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
 * The flag run end to end on the real stack: 100 tenants with 1,000 approved classifications each
 * (100,000), a control list of 2,000 entries, then a new version (1 % removed, 2 % reworded)
 * imported through the API, which diffs it and raises the review flags tenant by tenant in the
 * database. Prints the figures (goal: under 10 s on 2 cores); asserts nothing about time. Not part
 * of {@code ./mvnw verify} (its name does not end in IT); run it with the README's command.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FlagRunBenchmark {

  private static final int TENANTS = 100;
  private static final int PER_TENANT = 1_000;
  private static final int HEADS = 200;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void flagRun() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 6);
    List<String> leaves = new ArrayList<>();
    String v1 = controlList(marker, false, leaves);
    String v2 = controlList(marker, true, null);
    Api platform = Api.as("platform@dualis.test");

    long t0 = System.nanoTime();
    var first =
        platform.upload("/api/v1/control-lists?sourceId=bench-" + marker + "-1", "text/csv", v1);
    String v1Id = first.json().getJsonObject("version").getString("id");
    long t1 = System.nanoTime();
    seed(v1Id, leaves, marker);
    long t2 = System.nanoTime();
    var second =
        platform.upload("/api/v1/control-lists?sourceId=bench-" + marker + "-2", "text/csv", v2);
    long t3 = System.nanoTime();
    if (second.status() != 201) {
      throw new IllegalStateException("Import of the new version failed: " + second);
    }
    int flags = second.json().getInt("reviewFlagsRaised");
    System.out.printf(
        "%nFLAG RUN BENCHMARK: import of a 2,000-entry version %d ms; seeding %,d tenants x %,d"
            + " classifications %d ms;%n  new version imported, diffed and %,d review flags raised"
            + " across all tenants in %,d ms (goal < 10,000 ms)%n%n",
        (t1 - t0) / 1_000_000,
        TENANTS,
        PER_TENANT,
        (t2 - t1) / 1_000_000,
        flags,
        (t3 - t2) / 1_000_000);
    if (flags == 0) {
      throw new IllegalStateException("No flags raised: the benchmark measured nothing");
    }
  }

  /** A 2,000-entry list: 200 heads, each with a, b, c and .1, .2 below them. */
  private static String controlList(String marker, boolean amended, List<String> leaves) {
    StringBuilder csv = new StringBuilder("code,parent,text\n");
    int n = 0;
    for (int h = 0; h < HEADS; h++) {
      String head = (h % 10) + "ABCDE".substring(h % 5, h % 5 + 1) + String.format("%03d", h / 5);
      csv.append(row(head, "Head entry " + head + " " + marker));
      for (char letter : new char[] {'a', 'b', 'c'}) {
        String sub = head + "." + letter;
        csv.append(row(sub, "Sub-item " + sub));
        for (int d = 1; d <= 2; d++) {
          String leaf = sub + "." + d;
          n++;
          if (amended && n % 100 == 0) {
            continue; // removed in the new version
          }
          String text = "Leaf " + leaf + " with parameter " + n;
          csv.append(row(leaf, amended && n % 50 == 1 ? text + " as amended" : text));
          if (leaves != null) {
            leaves.add(leaf);
          }
        }
      }
      csv.append(row(head + ".d", "Sub-item " + head + ".d"));
      csv.append(row(head + ".e", "Sub-item " + head + ".e"));
      csv.append(row(head + ".f", "Sub-item " + head + ".f"));
    }
    return csv.toString();
  }

  private static String row(String code, String text) {
    return code + ",," + text + "\n";
  }

  private static void seed(String versionId, List<String> leaves, String marker) throws Exception {
    Random random = new Random(7);
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
          PreparedStatement product =
              c.prepareStatement(
                  "INSERT INTO product (id, tenant_id, name, part_number, created_by, created_at,"
                      + " updated_by, updated_at, version) VALUES (?, ?, ?, ?, 'bench', ?, 'bench', ?, 1)");
          PreparedStatement classification =
              c.prepareStatement(
                  "INSERT INTO classification (id, tenant_id, product_id, control_list_version_id,"
                      + " outcome, entry_codes, cyber_surveillance, rationale, status, author,"
                      + " created_at, approved_by, approved_at, version) VALUES (?, ?, ?, ?, 'LISTED',"
                      + " ?, 'NO', 'benchmark', 'APPROVED', 'bench-a', ?, 'bench-b', ?, 1)");
          PreparedStatement code =
              c.prepareStatement(
                  "INSERT INTO classification_code (tenant_id, classification_id, code) VALUES (?, ?, ?)")) {
        for (int t = 0; t < TENANTS; t++) {
          String tenantId = "bench-" + marker + "-" + t;
          tenant.setString(1, tenantId);
          tenant.setString(2, "Benchmark tenant " + t);
          tenant.executeUpdate();
          for (int i = 0; i < PER_TENANT; i++) {
            String productId = UUID.randomUUID().toString();
            String classificationId = UUID.randomUUID().toString();
            String leaf = leaves.get(random.nextInt(leaves.size()));
            product.setString(1, productId);
            product.setString(2, tenantId);
            product.setString(3, "Item " + i);
            product.setString(4, "P-" + i);
            product.setTimestamp(5, now);
            product.setTimestamp(6, now);
            product.addBatch();
            classification.setString(1, classificationId);
            classification.setString(2, tenantId);
            classification.setString(3, productId);
            classification.setString(4, versionId);
            classification.setString(5, leaf);
            classification.setTimestamp(6, now);
            classification.setTimestamp(7, now);
            classification.addBatch();
            code.setString(1, tenantId);
            code.setString(2, classificationId);
            code.setString(3, leaf);
            code.addBatch();
          }
          product.executeBatch();
          classification.executeBatch();
          code.executeBatch();
          c.commit();
        }
      }
      try (Statement analyze = c.createStatement()) {
        analyze.execute("ANALYZE TABLE classification, classification_code, product");
      }
      c.commit();
    }
  }
}
