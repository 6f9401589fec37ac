package eu.dualis.screening.persistence;

import eu.dualis.screening.model.Fingerprints;
import eu.dualis.screening.model.ListVersion;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.SanctionsListRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Rows of one version in batches, each batch committed on its own. */
final class BatchEntityWriter implements SanctionsListRepository.EntityWriter {

  private final Connection connection;
  private final PreparedStatement insert;
  private final ListVersion version;
  private final int batch;
  private int pending;

  BatchEntityWriter(DataSource dataSource, ListVersion version, int batch) {
    this.version = version;
    this.batch = batch;
    try {
      this.connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      this.insert =
          connection.prepareStatement(
              "INSERT INTO listed_entity (version_id, source, reference, entity_type,"
                  + " primary_name, names, birth_dates, countries, identifiers, programmes,"
                  + " remarks, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    } catch (SQLException e) {
      throw new IllegalStateException("The list import could not start writing", e);
    }
  }

  @Override
  public void add(ParsedEntity e) {
    try {
      insert.setString(1, version.id());
      insert.setString(2, version.source().name());
      insert.setString(3, truncate(e.reference(), 100));
      insert.setString(4, e.type().name());
      insert.setString(5, truncate(e.primaryName(), 1000));
      insert.setString(6, EntityJson.names(e.names()));
      insert.setString(7, EntityJson.joined(e.birthDates(), 1000));
      insert.setString(8, EntityJson.joined(e.countries().stream().sorted().toList(), 1000));
      insert.setString(9, EntityJson.identifiers(e.identifiers()));
      insert.setString(10, EntityJson.joined(e.programmes(), 2000));
      insert.setString(11, e.remarks());
      insert.setString(12, Fingerprints.of(e));
      insert.addBatch();
      if (++pending == batch) {
        flush();
      }
    } catch (SQLException ex) {
      throw new IllegalStateException(
          "Entity " + e.reference() + " could not be stored: " + ex.getMessage(), ex);
    }
  }

  private void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      connection.commit();
      pending = 0;
    }
  }

  @Override
  public void close() {
    try (connection;
        insert) {
      flush();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The last entities of list version "
              + version.id()
              + " could not be stored: "
              + e.getMessage(),
          e);
    }
  }

  private static String truncate(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }
}
