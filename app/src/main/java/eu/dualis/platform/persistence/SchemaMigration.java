package eu.dualis.platform.persistence;

import eu.dualis.migrations.Migrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Applies the Flyway migrations when the application starts, before any request can reach JPA. A
 * failed migration fails the start: better no service than one on a half-migrated schema.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/dualisMigrations")
  DataSource dataSource;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    int applied = Migrations.migrate(dataSource);
    LOG.info(() -> "Database schema is current (" + applied + " migration(s) applied now)");
  }
}
