package eu.dualis.migrations;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the schema migrations that ship in this jar. */
public final class Migrations {

  private Migrations() {}

  /**
   * Brings the schema behind {@code dataSource} to the newest version.
   *
   * @return the number of migrations applied now (0 when the schema was current)
   */
  public static int migrate(DataSource dataSource) {
    return configure().dataSource(dataSource).load().migrate().migrationsExecuted;
  }

  /** The same, for a JDBC URL and credentials (command line, dev launcher, tests). */
  public static MigrateResult migrate(String url, String user, String password) {
    return configure().dataSource(url, user, password).load().migrate();
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration configure() {
    return Flyway.configure(Migrations.class.getClassLoader())
        .locations("classpath:db/migration")
        // A migration that was edited after it ran is a bug, never something to repair silently.
        .validateOnMigrate(true)
        .cleanDisabled(true);
  }
}
