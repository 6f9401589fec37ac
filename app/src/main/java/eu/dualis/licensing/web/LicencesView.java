package eu.dualis.licensing.web;

import eu.dualis.licensing.model.LicenceFilter;
import eu.dualis.licensing.model.LicenceKind;
import eu.dualis.licensing.model.LicenceRepository;
import eu.dualis.licensing.model.LicenceStatus;
import eu.dualis.licensing.service.LicenceAlertView;
import eu.dualis.licensing.service.LicenceService;
import eu.dualis.licensing.service.RegisteredLicence;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The licence register: filter by text, kind, status and expiry; the open alerts above it. */
@Named
@ViewScoped
public class LicencesView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject LicenceService licences;

  private String query;
  private LicenceKind kind;
  private LicenceStatus status;
  private Integer expiringWithinDays;
  private transient List<RegisteredLicence> rows;
  private long total;

  @PostConstruct
  void init() {
    search();
  }

  public String search() {
    var page =
        licences.search(
            new LicenceFilter(query, kind, status, expiringWithinDays, null),
            SortOrder.parse("validTo", LicenceRepository.SORTABLE, "number"),
            new PageRequest(0, SHOWN));
    rows = page.items();
    total = page.total();
    return null;
  }

  public List<RegisteredLicence> getRows() {
    if (rows == null) {
      search();
    }
    return rows;
  }

  public List<LicenceAlertView> getAlerts() {
    return licences.openAlerts();
  }

  public long getTotal() {
    return total;
  }

  public LicenceKind[] getKinds() {
    return LicenceKind.values();
  }

  public LicenceStatus[] getStatuses() {
    return LicenceStatus.values();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public LicenceKind getKind() {
    return kind;
  }

  public void setKind(LicenceKind kind) {
    this.kind = kind;
  }

  public LicenceStatus getStatus() {
    return status;
  }

  public void setStatus(LicenceStatus status) {
    this.status = status;
  }

  public Integer getExpiringWithinDays() {
    return expiringWithinDays;
  }

  public void setExpiringWithinDays(Integer expiringWithinDays) {
    this.expiringWithinDays = expiringWithinDays;
  }
}
