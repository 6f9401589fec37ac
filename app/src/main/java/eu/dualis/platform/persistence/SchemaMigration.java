package eu.dualis.platform.persistence;

import eu.dualis.migrations.Migrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the Flyway migrations when the application starts, before any request can reach JPA. A
 * failed migration fails the start: better no service than one on a half-migrated schema. When it
 * is done it fires {@link SchemaMigrated}, which start-up work on the tables waits for.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/dualisMigrations")
  DataSource dataSource;

  /** Loads the demo tenants (run command, tests); never set in production. */
  @Inject
  @ConfigProperty(name = "DEMO_DATA", defaultValue = "false")
  boolean demoData;

  @Inject Event<SchemaMigrated> migrated;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    Migrations.Outcome result = Migrations.migrate(dataSource, demoData);
    LOG.info(
        () ->
            "Database schema at version "
                + result.version()
                + " ("
                + result.applied()
                + " migration(s) applied now"
                + (demoData ? ", demo data loaded" : "")
                + ")");
    migrated.fire(new SchemaMigrated(result.version()));
  }
}
