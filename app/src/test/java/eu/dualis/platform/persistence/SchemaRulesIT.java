package eu.dualis.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Deployments;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema rules that tenant isolation relies on, checked on the migrated integration-test
 * database: tenant_id NOT NULL, every index led by tenant_id, explicit utf8mb4 collation, and an
 * audit trail that the database itself refuses to rewrite. The database starts empty: the
 * deployment's start-up migration is what creates the schema checked here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchemaRulesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  @Test
  void tenantOwnedTablesHaveANotNullTenantIdLeadingEveryIndex() throws SQLException {
    try (Connection c = connect()) {
      List<String> tenantTables =
          strings(
              c,
              "SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                  + " AND column_name = 'tenant_id'");
      assertThat(tenantTables).contains("product", "audit_event");
      assertThat(
              strings(
                  c,
                  "SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                      + " AND column_name = 'tenant_id' AND is_nullable <> 'NO'"))
          .isEmpty();
      assertThat(
              strings(
                  c,
                  "SELECT CONCAT(s.table_name, '.', s.index_name) FROM information_schema.statistics s"
                      + " WHERE s.table_schema = DATABASE() AND s.seq_in_index = 1"
                      + " AND s.column_name <> 'tenant_id' AND s.table_name IN (SELECT table_name"
                      + " FROM information_schema.columns WHERE table_schema = DATABASE()"
                      + " AND column_name = 'tenant_id')"))
          .as("indexes of tenant-owned tables not led by tenant_id")
          .isEmpty();
    }
  }

  @Test
  void everyTableHasAnExplicitUtf8mb4Collation() throws SQLException {
    try (Connection c = connect()) {
      assertThat(
              strings(
                  c,
                  "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                      + " AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'flyway%'"
                      + " AND table_collation <> 'utf8mb4_unicode_ci'"))
          .isEmpty();
    }
  }

  @Test
  void quartzTablesAreInPlace() throws SQLException {
    try (Connection c = connect()) {
      assertThat(
              strings(
                  c,
                  "SELECT LOWER(table_name) FROM information_schema.tables"
                      + " WHERE table_schema = DATABASE() AND LOWER(table_name) LIKE 'qrtz%'"))
          .contains("qrtz_job_details", "qrtz_triggers", "qrtz_locks", "qrtz_scheduler_state");
    }
  }

  @Test
  void theDatabaseRefusesToRewriteTheAuditTrail() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO audit_event (id, tenant_id, occurred_at, actor, action, record_type,"
              + " record_id) VALUES (UUID(), 'acme', NOW(6), 'schema-test', 'CREATE', 'Test', 'x')");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE audit_event SET actor = 'forger' WHERE actor = 'schema-test'"))
          .hasMessageContaining("append-only");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> s.executeUpdate("DELETE FROM audit_event WHERE actor = 'schema-test'"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void theDatabaseRefusesToRewriteAStoredEvidencePackOrASubmissionStatus() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      String pack = java.util.UUID.randomUUID().toString();
      s.executeUpdate(
          "INSERT INTO evidence_pack_content (tenant_id, pack_id, sha256, size_bytes, content,"
              + " stored_at) VALUES ('acme', '"
              + pack
              + "', REPEAT('0', 64), 1, X'00', NOW(6))");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE evidence_pack_content SET content = X'01' WHERE pack_id = '"
                          + pack
                          + "'"))
          .hasMessageContaining("append-only");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "DELETE FROM evidence_pack_content WHERE pack_id = '" + pack + "'"))
          .hasMessageContaining("append-only");
      s.executeUpdate(
          "INSERT INTO submission_status (id, tenant_id, submission_id, status, status_on,"
              + " recorded_by, recorded_at) VALUES ('"
              + pack
              + "', 'acme', 'x', 'SUBMITTED', CURDATE(), 'schema-test', NOW(6))");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE submission_status SET status = 'GRANTED' WHERE id = '" + pack + "'"))
          .hasMessageContaining("append-only");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> s.executeUpdate("DELETE FROM submission_status WHERE id = '" + pack + "'"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void theCommandLineMigrationFindsTheSchemaCurrent() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int exit =
        eu.dualis.migrations.MigrateCommand.run(
            System.getenv(), new java.io.PrintStream(out), new java.io.PrintStream(err));
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("0 migration(s) applied").contains("schema now at version");
  }
}
