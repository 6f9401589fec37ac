package eu.dualis.screening.web;

import eu.dualis.screening.model.ListVersion;
import eu.dualis.screening.model.ListedEntity;
import eu.dualis.screening.service.ListFreshness;
import eu.dualis.screening.service.SanctionsListService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The list browser: versions in force with their freshness, every import, and a version's entries.
 */
@Named
@ViewScoped
public class SanctionsListsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 100;

  @Inject SanctionsListService lists;
  @Inject ListFreshness freshness;

  /** A version as a row: the record plus what the page derives. */
  public record VersionRow(ListVersion version, long ageDays, long maxAgeDays, boolean stale) {}

  private List<VersionRow> inForce;
  private List<VersionRow> all;
  private String versionId;
  private String query;
  private transient List<ListedEntity> entities;
  private long entityCount;

  @PostConstruct
  void init() {
    Instant now = Instant.now();
    inForce = lists.inForce().stream().map(v -> row(v, now)).toList();
    all = lists.versions(null).stream().map(v -> row(v, now)).toList();
  }

  private VersionRow row(ListVersion v, Instant now) {
    return new VersionRow(
        v, v.ageDays(now), freshness.maxAge(v.source()).toDays(), freshness.isStale(v, now));
  }

  public String browse(String id) {
    versionId = id;
    query = null;
    search();
    return null;
  }

  public String search() {
    if (versionId != null) {
      entities = lists.entities(versionId, query, 0, SHOWN);
      entityCount = lists.countEntities(versionId, query);
    }
    return null;
  }

  public List<VersionRow> getInForce() {
    return inForce;
  }

  public List<VersionRow> getAll() {
    return all;
  }

  public String getVersionId() {
    return versionId;
  }

  public List<ListedEntity> getEntities() {
    if (entities == null && versionId != null) {
      search();
    }
    return entities == null ? List.of() : entities;
  }

  public long getEntityCount() {
    return entityCount;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
