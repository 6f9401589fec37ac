package eu.dualis.classification.web;

import eu.dualis.classification.model.ControlListEntry;
import eu.dualis.classification.model.ControlListKind;
import eu.dualis.classification.model.ControlListVersion;
import eu.dualis.classification.service.ControlListService;
import eu.dualis.platform.model.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Browsing control list versions: pick a version, search its entries by code prefix or words. */
@Named
@ViewScoped
public class ControlListBrowserView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 100;

  @Inject ControlListService controlLists;

  private String versionId;
  private String query;
  private List<EntryRow> entries = List.of();
  private long total;

  /** One entry as the browser shows it; {@code depth} indents sub-items under their entry. */
  public record EntryRow(String code, String regime, String text, String notes, int depth)
      implements Serializable {
    public int getDepth() {
      return depth;
    }

    public String getCode() {
      return code;
    }

    public String getRegime() {
      return regime;
    }

    public String getText() {
      return text;
    }

    public String getNotes() {
      return notes;
    }
  }

  @PostConstruct
  void init() {
    List<ControlListVersion> versions = getVersions();
    if (!versions.isEmpty()) {
      versionId = versions.get(0).id();
      search();
    }
  }

  public void search() {
    if (versionId == null) {
      return;
    }
    var page = controlLists.search(versionId, query, new PageRequest(0, SHOWN));
    total = page.total();
    entries =
        page.items().stream()
            .map(
                (ControlListEntry e) ->
                    new EntryRow(
                        e.code().value(),
                        e.regime(),
                        e.ownText(),
                        String.join("\n", e.notes()),
                        e.code().subItems().size()))
            .toList();
  }

  /** One version's wording of the selected entry. */
  public record HistoryRow(String version, String appliesFrom, String text, boolean listed)
      implements Serializable {
    public String getVersion() {
      return version;
    }

    public String getAppliesFrom() {
      return appliesFrom;
    }

    public String getText() {
      return text;
    }

    public boolean isListed() {
      return listed;
    }
  }

  private String selectedCode;
  private String requestedVersion;
  private String requestedCode;

  /** Opens the page on a version and an entry named in the link (bookmarkable). */
  public void open() {
    if (requestedVersion != null
        && getVersions().stream().anyMatch(v -> v.id().equals(requestedVersion))) {
      versionId = requestedVersion;
    }
    if (requestedCode != null && !requestedCode.isBlank()) {
      query = requestedCode;
      search();
      select(requestedCode);
    }
  }

  public String getRequestedVersion() {
    return requestedVersion;
  }

  public void setRequestedVersion(String requestedVersion) {
    this.requestedVersion = requestedVersion;
  }

  public String getRequestedCode() {
    return requestedCode;
  }

  public void setRequestedCode(String requestedCode) {
    this.requestedCode = requestedCode;
  }

  private List<HistoryRow> history = List.of();

  /** Shows how one entry reads in every version. */
  public void select(String code) {
    selectedCode = code;
    history =
        controlLists.entryHistory(code).stream()
            .map(
                h ->
                    new HistoryRow(
                        h.version().sourceId(),
                        h.version().appliesFrom() == null
                            ? ""
                            : h.version().appliesFrom().toString(),
                        h.entry() == null ? "" : h.entry().fullText(),
                        h.entry() != null))
            .toList();
  }

  /** Browses one category (0 nuclear ... 9 aerospace) as a tree in document order. */
  public void category(int digit) {
    query = String.valueOf(digit);
    search();
  }

  public String getSelectedCode() {
    return selectedCode;
  }

  public List<HistoryRow> getHistory() {
    return history;
  }

  public List<Integer> getCategories() {
    return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  public List<ControlListVersion> getVersions() {
    return controlLists.versions();
  }

  public boolean isIndexOnly() {
    return versionId != null && controlLists.version(versionId).kind() == ControlListKind.INDEX;
  }

  public String getVersionId() {
    return versionId;
  }

  public void setVersionId(String versionId) {
    this.versionId = versionId;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<EntryRow> getEntries() {
    return entries;
  }

  public long getTotal() {
    return total;
  }
}
