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

  /** One entry as the browser shows it. */
  public record EntryRow(String code, String regime, String text, String notes)
      implements Serializable {
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
                        e.code().value(), e.regime(), e.fullText(), String.join("\n", e.notes())))
            .toList();
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
