package eu.dualis.migrations;

import java.io.PrintStream;
import java.util.Map;

/**
 * Command line: {@code java -cp ... eu.dualis.migrations.MigrateCommand} with DB_URL, DB_USER and
 * DB_PASSWORD in the environment, or {@code ./mvnw -pl migrations exec:java@migrate} from the
 * repository. Exit code 0 when the schema is current, 2 on missing settings, 1 on failure.
 */
public final class MigrateCommand {

  private MigrateCommand() {}

  public static void main(String[] args) {
    System.exit(run(System.getenv(), System.out, System.err));
  }

  /** The command without the process around it: returns the exit code. */
  public static int run(Map<String, String> env, PrintStream out, PrintStream err) {
    String url = env.get("DB_URL");
    if (url == null || url.isBlank()) {
      err.println(
          "DB_URL is not set. Example: DB_URL=jdbc:mysql://localhost:3306/dualis"
              + " DB_USER=dualis DB_PASSWORD=... ./mvnw -pl migrations exec:java@migrate");
      return 2;
    }
    try {
      Migrations.Outcome result =
          Migrations.migrate(
              url,
              env.getOrDefault("DB_USER", "dualis"),
              env.get("DB_PASSWORD"),
              Boolean.parseBoolean(env.getOrDefault("DEMO_DATA", "false")));
      out.printf(
          "%d migration(s) applied, schema now at version %s%n",
          result.applied(), result.version());
      return 0;
    } catch (RuntimeException e) {
      err.println("Migration failed: " + e.getMessage());
      return 1;
    }
  }
}
