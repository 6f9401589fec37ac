package eu.dualis.migrations;

import java.util.Map;

/**
 * Command line: {@code java -cp ... eu.dualis.migrations.MigrateCommand} with DB_URL, DB_USER and
 * DB_PASSWORD in the environment, or {@code ./mvnw -pl migrations exec:java@migrate} from the
 * repository.
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
    Migrations.Outcome result =
        Migrations.migrate(
            url,
            env.getOrDefault("DB_USER", "dualis"),
            env.get("DB_PASSWORD"),
            Boolean.parseBoolean(env.getOrDefault("DEMO_DATA", "false")));
    System.out.printf(
        "%d migration(s) applied, schema now at version %s%n", result.applied(), result.version());
  }
}
