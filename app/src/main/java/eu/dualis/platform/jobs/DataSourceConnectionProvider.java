package eu.dualis.platform.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's connections from a data source the server defines ({@code jndiName}), so that the pool
 * is configured in one place (server.xml) and no second pool library comes along. The data source
 * must be non-transactional ({@code transactional="false"}): Quartz's JDBC job store commits its
 * own work. Quartz creates this class by name and sets {@code jndiName} from its properties.
 */
public class DataSourceConnectionProvider implements ConnectionProvider {

  private String jndiName;
  private DataSource dataSource;

  public void setJndiName(String jndiName) {
    this.jndiName = jndiName;
  }

  /**
   * Looked up once, on the application thread that creates the scheduler: Quartz's own threads are
   * not application threads and cannot use the application's JNDI context.
   */
  @Override
  public void initialize() throws SQLException {
    try {
      dataSource = (DataSource) new InitialContext().lookup(jndiName);
    } catch (NamingException | ClassCastException e) {
      throw new SQLException("No data source at " + jndiName, e);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {
    // The server owns the pool and closes it.
  }
}
