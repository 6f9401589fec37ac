package eu.dualis.screening.persistence;

import eu.dualis.screening.model.ListCounts;
import eu.dualis.screening.model.ListSource;
import eu.dualis.screening.model.ListVersion;
import eu.dualis.screening.model.ListVersionStatus;
import eu.dualis.screening.model.ListedEntity;
import eu.dualis.screening.model.SanctionsListRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Sanctions lists over plain JDBC on the non-transactional data source: an import of a large list
 * commits its entities batch by batch (never one transaction of a gigabyte), and only the final
 * switch to "in force" is a transaction that screenings can observe.
 */
@ApplicationScoped
public class JdbcSanctionsListRepository implements SanctionsListRepository {

  static final int BATCH = 1000;
  static final int READ_PAGE = 5000;

  private static final String VERSION_COLUMNS =
      "id, source, format, published_on, label, checksum, status, on_malformed, person_count,"
          + " organisation_count, vessel_count, aircraft_count, alias_count, skipped_count, report,"
          + " demo, imported_at, imported_by, in_force_from, superseded_at";

  private static final String ENTITY_COLUMNS =
      "id, version_id, source, reference, entity_type, primary_name, names, birth_dates, countries,"
          + " identifiers, programmes, remarks, content_hash";

  @Resource(lookup = "jdbc/dualisMigrations")
  DataSource dataSource;

  @Override
  public Optional<ListVersion> find(String versionId) {
    return query(
            "SELECT " + VERSION_COLUMNS + " FROM sanctions_list_version WHERE id = ?",
            ps -> ps.setString(1, versionId))
        .stream()
        .findFirst();
  }

  @Override
  public List<ListVersion> versions(ListSource source) {
    return source == null
        ? query(
            "SELECT " + VERSION_COLUMNS + " FROM sanctions_list_version ORDER BY imported_at DESC",
            ps -> {})
        : query(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM sanctions_list_version WHERE source = ? ORDER BY imported_at DESC",
            ps -> ps.setString(1, source.name()));
  }

  @Override
  public List<ListVersion> inForce() {
    return query(
        "SELECT "
            + VERSION_COLUMNS
            + " FROM sanctions_list_version WHERE status = ? ORDER BY source",
        ps -> ps.setString(1, ListVersionStatus.IN_FORCE.name()));
  }

  @Override
  public Optional<ListVersion> findByChecksum(ListSource source, String checksum) {
    return query(
            "SELECT "
                + VERSION_COLUMNS
                + " FROM sanctions_list_version WHERE source = ? AND checksum = ? AND status <> ?",
            ps -> {
              ps.setString(1, source.name());
              ps.setString(2, checksum);
              ps.setString(3, ListVersionStatus.FAILED.name());
            })
        .stream()
        .findFirst();
  }

  @Override
  public void begin(ListVersion v) {
    update(
        "INSERT INTO sanctions_list_version (id, source, format, published_on, label, checksum,"
            + " status, on_malformed, demo, imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        ps -> {
          ps.setString(1, v.id());
          ps.setString(2, v.source().name());
          ps.setString(3, v.format());
          ps.setDate(4, v.publishedOn() == null ? null : Date.valueOf(v.publishedOn()));
          ps.setString(5, v.label());
          ps.setString(6, v.checksum());
          ps.setString(7, ListVersionStatus.IMPORTING.name());
          ps.setString(8, v.onMalformed().name());
          ps.setBoolean(9, v.demo());
          ps.setTimestamp(10, Timestamp.from(v.importedAt()));
          ps.setString(11, v.importedBy());
        });
  }

  @Override
  public EntityWriter writer(ListVersion importing) {
    return new BatchEntityWriter(dataSource, importing, BATCH);
  }

  @Override
  public ListVersion putInForce(
      String versionId, LocalDate publishedOn, String label, ListCounts counts, String report) {
    ListVersion version = find(versionId).orElseThrow();
    Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE sanctions_list_version SET status = ?, superseded_at = ?"
                    + " WHERE source = ? AND status = ? AND id <> ?")) {
          ps.setString(1, ListVersionStatus.SUPERSEDED.name());
          ps.setTimestamp(2, now);
          ps.setString(3, version.source().name());
          ps.setString(4, ListVersionStatus.IN_FORCE.name());
          ps.setString(5, versionId);
          ps.executeUpdate();
        }
        setOutcome(c, versionId, ListVersionStatus.IN_FORCE, counts, report, now);
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE sanctions_list_version SET published_on = ?, label = ? WHERE id = ?")) {
          ps.setDate(1, publishedOn == null ? null : Date.valueOf(publishedOn));
          ps.setString(2, label);
          ps.setString(3, versionId);
          ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "List version " + versionId + " could not be put in force", e);
    }
    return find(versionId).orElseThrow();
  }

  @Override
  public void fail(String versionId, ListCounts counts, String report) {
    try (Connection c = dataSource.getConnection()) {
      // In batches: a failed import of a large list must not hold one huge delete transaction.
      int deleted;
      do {
        try (PreparedStatement ps =
            c.prepareStatement("DELETE FROM listed_entity WHERE version_id = ? LIMIT 5000")) {
          ps.setString(1, versionId);
          deleted = ps.executeUpdate();
        }
      } while (deleted > 0);
      setOutcome(c, versionId, ListVersionStatus.FAILED, counts, report, null);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "List version " + versionId + " could not be marked failed", e);
    }
  }

  private static void setOutcome(
      Connection c,
      String versionId,
      ListVersionStatus status,
      ListCounts n,
      String report,
      Timestamp inForceFrom)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE sanctions_list_version SET status = ?, person_count = ?, organisation_count = ?,"
                + " vessel_count = ?, aircraft_count = ?, alias_count = ?, skipped_count = ?,"
                + " report = ?, in_force_from = ? WHERE id = ?")) {
      ps.setString(1, status.name());
      ps.setInt(2, n.persons());
      ps.setInt(3, n.organisations());
      ps.setInt(4, n.vessels());
      ps.setInt(5, n.aircraft());
      ps.setInt(6, n.aliases());
      ps.setInt(7, n.skipped());
      ps.setString(8, report);
      ps.setTimestamp(9, inForceFrom);
      ps.setString(10, versionId);
      ps.executeUpdate();
    }
  }

  @Override
  public void forEachInForce(Consumer<ListedEntity> consumer) {
    // Page by primary key: Liberty's data source does not allow Connector/J's row streaming
    // (fetch size Integer.MIN_VALUE), and one page at a time keeps the heap flat.
    String sql =
        "SELECT e."
            + ENTITY_COLUMNS.replace(", ", ", e.")
            + " FROM listed_entity e JOIN sanctions_list_version v ON v.id = e.version_id"
            + " WHERE v.status = ? AND e.id > ? ORDER BY e.id LIMIT "
            + READ_PAGE;
    long after = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      while (true) {
        ps.setString(1, ListVersionStatus.IN_FORCE.name());
        ps.setLong(2, after);
        int read = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ListedEntity e = ListRows.entity(rs);
            consumer.accept(e);
            after = e.id();
            read++;
          }
        }
        if (read < READ_PAGE) {
          return;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The lists in force could not be read", e);
    }
  }

  @Override
  public Optional<ListedEntity> entity(long id) {
    return entities(
            "SELECT " + ENTITY_COLUMNS + " FROM listed_entity WHERE id = ?",
            ps -> ps.setLong(1, id))
        .stream()
        .findFirst();
  }

  @Override
  public List<ListedEntity> entities(String versionId, String nameContains, int offset, int limit) {
    return entities(
        "SELECT "
            + ENTITY_COLUMNS
            + " FROM listed_entity WHERE version_id = ? AND (? IS NULL OR primary_name LIKE ?)"
            + " ORDER BY primary_name, id LIMIT ? OFFSET ?",
        ps -> {
          String like = like(nameContains);
          ps.setString(1, versionId);
          ps.setString(2, like);
          ps.setString(3, like);
          ps.setInt(4, limit);
          ps.setInt(5, offset);
        });
  }

  @Override
  public long countEntities(String versionId, String nameContains) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM listed_entity WHERE version_id = ?"
                    + " AND (? IS NULL OR primary_name LIKE ?)")) {
      String like = like(nameContains);
      ps.setString(1, versionId);
      ps.setString(2, like);
      ps.setString(3, like);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Listed entities could not be counted", e);
    }
  }

  private static String like(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<ListVersion> query(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<ListVersion> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(ListRows.version(rs));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("List versions could not be read", e);
    }
  }

  private List<ListedEntity> entities(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<ListedEntity> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(ListRows.entity(rs));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("Listed entities could not be read", e);
    }
  }

  private void update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("A list version could not be stored", e);
    }
  }
}
