package eu.dualis.platform.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.quartz.utils.ConnectionProvider;

/** Quartz's connections straight from the driver, for a scheduler that runs outside the server. */
public class DriverManagerConnectionProvider implements ConnectionProvider {

  private String url;
  private String user;
  private String password;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public void initialize() {
    // Nothing to prepare: every connection is opened when asked for.
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public void shutdown() {
    // No pool to close.
  }
}
