package eu.dualis.evidence.persistence;

import eu.dualis.evidence.model.PackContentStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The ZIPs in evidence_pack_content, streamed in from the temporary file and out from the BLOB: JPA
 * would hold every byte[] in the heap. Insert only; the table's triggers refuse the rest.
 */
@ApplicationScoped
public class JdbcPackContentStore implements PackContentStore {

  @Resource(lookup = "jdbc/dualisMigrations")
  DataSource dataSource;

  @Override
  public void store(String tenantId, String packId, Path zip, String sha256, long size) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO evidence_pack_content"
                    + " (tenant_id, pack_id, sha256, size_bytes, content, stored_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)");
        InputStream in = Files.newInputStream(zip)) {
      ps.setString(1, tenantId);
      ps.setString(2, packId);
      ps.setString(3, sha256);
      ps.setLong(4, size);
      ps.setBinaryStream(5, in, size);
      ps.setTimestamp(6, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Evidence pack " + packId + " could not be stored", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<InputStream> open(String tenantId, String packId) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      PreparedStatement ps =
          c.prepareStatement(
              "SELECT content FROM evidence_pack_content WHERE tenant_id = ? AND pack_id = ?");
      ps.setString(1, tenantId);
      ps.setString(2, packId);
      ResultSet rs = ps.executeQuery();
      if (!rs.next()) {
        c.close();
        return Optional.empty();
      }
      InputStream blob = rs.getBinaryStream(1);
      Connection open = c;
      // Closing the stream gives the connection back.
      return Optional.of(
          new java.io.FilterInputStream(
              blob == null ? new ByteArrayInputStream(new byte[0]) : blob) {
            @Override
            public void close() throws IOException {
              try {
                super.close();
              } finally {
                try {
                  open.close();
                } catch (SQLException e) {
                  throw new IOException(e);
                }
              }
            }
          });
    } catch (SQLException e) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // the first failure is the one to report
        }
      }
      throw new IllegalStateException("Evidence pack " + packId + " could not be read", e);
    }
  }
}
