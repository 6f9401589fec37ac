package eu.dualis.tenants.provisioning;

import eu.dualis.tenants.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code tenant} table: platform data (not tenant-owned), so plain JDBC is right here. It sits
 * beside the provisioning that writes it and is read by nothing else that could leak across
 * tenants.
 */
public class TenantDirectory {

  /** Where connections come from: a container DataSource or a DriverManager URL. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  private final Connections connections;

  public TenantDirectory(Connections connections) {
    this.connections = connections;
  }

  public Optional<String> displayName(TenantId tenant) {
    try (Connection c = connections.open();
        PreparedStatement s = c.prepareStatement("SELECT display_name FROM tenant WHERE id = ?")) {
      s.setString(1, tenant.value());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read tenant " + tenant, e);
    }
  }

  /** Every tenant, for work that runs once per tenant (jobs). */
  public java.util.List<TenantId> all() {
    try (Connection c = connections.open();
        PreparedStatement s = c.prepareStatement("SELECT id FROM tenant ORDER BY id");
        ResultSet rs = s.executeQuery()) {
      java.util.List<TenantId> tenants = new java.util.ArrayList<>();
      while (rs.next()) {
        tenants.add(TenantId.of(rs.getString(1)));
      }
      return tenants;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list tenants", e);
    }
  }

  public boolean exists(TenantId tenant) {
    return displayName(tenant).isPresent();
  }

  /**
   * Inserts the tenant row unless it exists.
   *
   * @return true when the row was inserted by this call
   */
  public boolean insertIfAbsent(TenantId tenant, String displayName, String createdBy) {
    try (Connection c = connections.open();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT IGNORE INTO tenant (id, display_name, created_by) VALUES (?, ?, ?)")) {
      s.setString(1, tenant.value());
      s.setString(2, displayName);
      s.setString(3, createdBy);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store tenant " + tenant, e);
    }
  }
}
