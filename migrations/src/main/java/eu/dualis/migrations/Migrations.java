package eu.dualis.migrations;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the schema migrations that ship in this jar ({@code db/migration}), and with demo data
 * the demo tenants ({@code db/demo}). Each location holds an empty {@code flyway.location} file:
 * without it Flyway cannot list a jar's resources under Liberty's class loader.
 */
public final class Migrations {

  private Migrations() {}

  /**
   * Brings the schema behind {@code dataSource} to the newest version.
   *
   * @return what Flyway did
   * @throws IllegalStateException when Flyway found no migrations or did not succeed
   */
  public static Outcome migrate(DataSource dataSource, boolean demoData) {
    return run(configure(demoData).dataSource(dataSource).load());
  }

  /** The same, for a JDBC URL and credentials (command line). */
  public static Outcome migrate(String url, String user, String password, boolean demoData) {
    return run(configure(demoData).dataSource(url, user, password).load());
  }

  /** How many migrations ran now, and the schema version afterwards. */
  public record Outcome(int applied, String version) {}

  private static Outcome run(Flyway flyway) {
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    // Under a class loader Flyway cannot scan it finds nothing and "succeeds": refuse that.
    if (!result.success || current == null) {
      throw new IllegalStateException(
          "Database migration failed or found no migrations: " + result.warnings);
    }
    return new Outcome(result.migrationsExecuted, current.getVersion().getVersion());
  }

  private static FluentConfiguration configure(boolean demoData) {
    String[] locations =
        demoData
            ? new String[] {"classpath:db/migration", "classpath:db/demo"}
            : new String[] {"classpath:db/migration"};
    return Flyway.configure(Migrations.class.getClassLoader())
        .locations(locations)
        // A migration that was edited after it ran is a bug, never something to repair silently.
        .validateOnMigrate(true)
        // Demo data is a repeatable migration that production never loads: not an error there.
        .ignoreMigrationPatterns("repeatable:missing")
        .cleanDisabled(true);
  }
}
