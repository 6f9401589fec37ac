package eu.dualis.evidence.persistence;

import eu.dualis.evidence.model.Annex;
import eu.dualis.evidence.model.EvidenceSources;
import eu.dualis.evidence.model.PackFigures;
import eu.dualis.evidence.model.PackFigures.Count;
import eu.dualis.evidence.model.PackRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Read-only SQL over the tables of classification, screening, export checks, due diligence and
 * licensing. Plain JDBC on the non-transactional data source: a pack reads 100,000s of rows, by
 * primary key page by page, without an entity or a long transaction. Every statement names the
 * tenant (tenant_id = ?), since EclipseLink's tenant filter does not apply here.
 */
@ApplicationScoped
public class JdbcEvidenceSources implements EvidenceSources {

  static final int PAGE = 1_000;

  @Resource(lookup = "jdbc/dualisMigrations")
  DataSource dataSource;

  /** How one annex is read: the columns, and which column dates a row and holds its country. */
  private record Source(String table, String columns, String dateColumn, String countryColumn) {}

  private static Source source(Annex annex) {
    return switch (annex) {
      case CLASSIFICATIONS ->
          new Source(
              "classification",
              "id, product_id, outcome, entry_codes, status, author, created_at, approved_by,"
                  + " approved_at",
              null,
              null);
      case SCREENINGS ->
          new Source(
              "screening",
              "id, screened_at, screened_by, purpose, party_id, query_name, query_country, status,"
                  + " hit_count",
              "screened_at",
              null);
      case MATCH_DECISIONS ->
          new Source(
              "match_decision",
              "id, decided_at, decided_by, party_id, list_source, list_reference, outcome,"
                  + " justification",
              "decided_at",
              null);
      case EXPORT_CHECKS ->
          new Source(
              "export_check",
              "id, checked_at, checked_by, reference, destination, determination, end_use",
              "checked_at",
              "destination");
      case DUE_DILIGENCE_FILES ->
          new Source(
              "due_diligence_file",
              "id, revision, created_at, end_user_name, destination, risk_level, status, decision,"
                  + " decided_by, decided_at, document_name",
              "created_at",
              "destination");
      case LICENCES ->
          new Source(
              "licence",
              "id, kind, number, authority, holder, valid_from, valid_to, status, entry_codes,"
                  + " destinations",
              null,
              null);
      case TRAINING_RECORDS ->
          throw new IllegalArgumentException("Training records come from the training capability");
    };
  }

  @Override
  public void rows(String tenantId, Annex annex, PackRequest request, Consumer<List<String>> row) {
    Source s = source(annex);
    List<String> countries = s.countryColumn() == null ? List.of() : request.destinations();
    String sql =
        "SELECT "
            + s.columns()
            + " FROM "
            + s.table()
            + " WHERE tenant_id = ? AND id > ?"
            + (s.dateColumn() == null
                ? ""
                : " AND " + s.dateColumn() + " >= ? AND " + s.dateColumn() + " < ?")
            + (countries.isEmpty()
                ? ""
                : " AND "
                    + s.countryColumn()
                    + " IN ("
                    + String.join(", ", Collections.nCopies(countries.size(), "?"))
                    + ")")
            + " ORDER BY id LIMIT "
            + PAGE;
    String after = "";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      while (true) {
        int i = 1;
        ps.setString(i++, tenantId);
        ps.setString(i++, after);
        if (s.dateColumn() != null) {
          ps.setTimestamp(i++, start(request.periodFrom()));
          ps.setTimestamp(i++, start(request.periodTo().plusDays(1)));
        }
        for (String country : countries) {
          ps.setString(i++, country);
        }
        int read = 0;
        try (ResultSet rs = ps.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            List<String> cells = new ArrayList<>(columns);
            for (int col = 1; col <= columns; col++) {
              cells.add(rs.getString(col));
            }
            after = cells.get(0);
            read++;
            if (annex != Annex.CLASSIFICATIONS || inScope(cells.get(3), request.entryCodes())) {
              row.accept(cells);
            }
          }
        }
        if (read < PAGE) {
          return;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The " + annex.path() + " annex could not be read", e);
    }
  }

  /** Entry codes scope a classification by prefix: scope 5A002 takes 5A002.a.1 too. */
  static boolean inScope(String codes, List<String> scope) {
    if (scope.isEmpty()) {
      return true;
    }
    if (codes == null) {
      return false;
    }
    for (String code : codes.toUpperCase(Locale.ROOT).split("[\\s,;]+")) {
      for (String s : scope) {
        if (code.startsWith(s)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public PackFigures figures(String tenantId, PackRequest r) {
    Timestamp from = start(r.periodFrom());
    Timestamp to = start(r.periodTo().plusDays(1));
    Timestamp yearAgo = start(r.periodTo().plusDays(1).minusMonths(12));
    String countries = countryFilter(r);
    try (Connection c = dataSource.getConnection()) {
      List<Count> classifications = new ArrayList<>();
      for (Count count :
          counts(
              c,
              "SELECT CONCAT(cc.code, ' ', cl.status), COUNT(*) FROM classification cl"
                  + " JOIN classification_code cc ON cc.tenant_id = cl.tenant_id"
                  + " AND cc.classification_id = cl.id WHERE cl.tenant_id = ?"
                  + " AND cl.created_at < ? GROUP BY cc.code, cl.status ORDER BY cc.code, cl.status",
              tenantId,
              to)) {
        if (inScope(count.label().split(" ")[0], r.entryCodes())) {
          classifications.add(count);
        }
      }
      List<Object> exportArgs = new ArrayList<>(List.of(tenantId, from, to));
      exportArgs.addAll(r.destinations());
      List<Count> checks =
          counts(
              c,
              "SELECT determination, COUNT(*) FROM export_check WHERE tenant_id = ?"
                  + " AND checked_at >= ? AND checked_at < ?"
                  + countries
                  + " GROUP BY determination ORDER BY determination",
              exportArgs.toArray());
      long holds =
          checks.stream().filter(k -> k.label().equals("HOLD")).mapToLong(Count::count).sum();
      return new PackFigures(
          classifications,
          single(
              c,
              "SELECT COUNT(*) FROM review_flag WHERE tenant_id = ? AND status = 'OPEN'",
              tenantId),
          counts(
              c,
              "SELECT status, COUNT(*) FROM screening WHERE tenant_id = ?"
                  + " AND screened_at >= ? AND screened_at < ? GROUP BY status ORDER BY status",
              tenantId,
              from,
              to),
          counts(
              c,
              "SELECT outcome, COUNT(*) FROM match_decision WHERE tenant_id = ?"
                  + " AND decided_at >= ? AND decided_at < ? GROUP BY outcome ORDER BY outcome",
              tenantId,
              from,
              to),
          checks,
          holds,
          counts(
              c,
              "SELECT CONCAT(status, ' ', COALESCE(decision, '-')), COUNT(*)"
                  + " FROM due_diligence_file WHERE tenant_id = ? AND created_at >= ?"
                  + " AND created_at < ?"
                  + countries
                  + " GROUP BY status, decision ORDER BY status, decision",
              exportArgs.toArray()),
          counts(
              c,
              "SELECT CONCAT(l.number, ' (', l.kind, ', ', l.status, ')'), COUNT(u.id)"
                  + " FROM licence l LEFT JOIN licence_usage u ON u.tenant_id = l.tenant_id"
                  + " AND u.licence_id = l.id AND u.shipped_on >= ? AND u.shipped_on <= ?"
                  + " WHERE l.tenant_id = ? GROUP BY l.id, l.number, l.kind, l.status"
                  + " ORDER BY l.number",
              java.sql.Date.valueOf(r.periodFrom()),
              java.sql.Date.valueOf(r.periodTo()),
              tenantId),
          single(
              c,
              "SELECT COUNT(*) FROM screening WHERE tenant_id = ? AND screened_at >= ?"
                  + " AND screened_at < ?",
              tenantId,
              yearAgo,
              to),
          single(
              c,
              "SELECT COUNT(*) FROM export_check WHERE tenant_id = ? AND checked_at >= ?"
                  + " AND checked_at < ?",
              tenantId,
              yearAgo,
              to));
    } catch (SQLException e) {
      throw new IllegalStateException("The figures of the pack could not be read", e);
    }
  }

  private static String countryFilter(PackRequest r) {
    return r.destinations().isEmpty()
        ? ""
        : " AND destination IN ("
            + String.join(", ", Collections.nCopies(r.destinations().size(), "?"))
            + ")";
  }

  private static List<Count> counts(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      List<Count> counts = new ArrayList<>();
      while (rs.next()) {
        counts.add(new Count(rs.getString(1), rs.getLong(2)));
      }
      return counts;
    }
  }

  private static long single(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }

  private static Timestamp start(LocalDate day) {
    return Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
  }
}
