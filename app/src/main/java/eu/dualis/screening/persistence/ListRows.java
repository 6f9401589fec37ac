package eu.dualis.screening.persistence;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ListCounts;
import eu.dualis.screening.model.ListSource;
import eu.dualis.screening.model.ListVersion;
import eu.dualis.screening.model.ListVersionStatus;
import eu.dualis.screening.model.ListedEntity;
import eu.dualis.screening.model.OnMalformedRecord;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashSet;

/**
 * Rows of the list tables as model records; the column lists match {@link
 * JdbcSanctionsListRepository}'s queries.
 */
final class ListRows {

  private ListRows() {}

  static ListVersion version(ResultSet rs) throws SQLException {
    Date published = rs.getDate("published_on");
    Timestamp inForce = rs.getTimestamp("in_force_from");
    Timestamp superseded = rs.getTimestamp("superseded_at");
    return new ListVersion(
        rs.getString("id"),
        ListSource.valueOf(rs.getString("source")),
        rs.getString("format"),
        published == null ? null : published.toLocalDate(),
        rs.getString("label"),
        rs.getString("checksum"),
        ListVersionStatus.valueOf(rs.getString("status")),
        OnMalformedRecord.valueOf(rs.getString("on_malformed")),
        new ListCounts(
            rs.getInt("person_count"),
            rs.getInt("organisation_count"),
            rs.getInt("vessel_count"),
            rs.getInt("aircraft_count"),
            rs.getInt("alias_count"),
            rs.getInt("skipped_count")),
        rs.getString("report"),
        rs.getBoolean("demo"),
        rs.getTimestamp("imported_at").toInstant(),
        rs.getString("imported_by"),
        inForce == null ? null : inForce.toInstant(),
        superseded == null ? null : superseded.toInstant());
  }

  static ListedEntity entity(ResultSet rs) throws SQLException {
    return new ListedEntity(
        rs.getLong(1),
        rs.getString(2),
        ListSource.valueOf(rs.getString(3)),
        rs.getString(4),
        EntityType.valueOf(rs.getString(5)),
        rs.getString(6),
        EntityJson.names(rs.getString(7)),
        EntityJson.split(rs.getString(8)),
        new LinkedHashSet<>(EntityJson.split(rs.getString(9))),
        EntityJson.identifiers(rs.getString(10)),
        EntityJson.split(rs.getString(11)),
        rs.getString(12),
        rs.getString(13));
  }
}
