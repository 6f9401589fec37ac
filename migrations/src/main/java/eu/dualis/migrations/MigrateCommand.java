package eu.dualis.migrations;

import java.util.Map;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Command line: {@code java -cp ... eu.dualis.migrations.MigrateCommand} with DB_URL, DB_USER and
 * DB_PASSWORD in the environment, or {@code ./mvnw -pl migrations exec:java@migrate} from the repository.
 */
public final class MigrateCommand {

  private MigrateCommand() {}

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    String url = env.get("DB_URL");
    if (url == null || url.isBlank()) {
      System.err.println(
          "DB_URL is not set. Example: DB_URL=jdbc:mysql://localhost:3306/dualis"
              + " DB_USER=dualis DB_PASSWORD=... ./mvnw -pl migrations exec:java@migrate");
      System.exit(2);
    }
    MigrateResult result =
        Migrations.migrate(url, env.getOrDefault("DB_USER", "dualis"), env.get("DB_PASSWORD"));
    System.out.printf(
        "Schema %s: %d migration(s) applied, now at version %s%n",
        result.schemaName, result.migrationsExecuted, result.targetSchemaVersion);
  }
}
