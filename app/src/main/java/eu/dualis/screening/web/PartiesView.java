package eu.dualis.screening.web;

import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.model.PartyRepository;
import eu.dualis.screening.model.PartyStatus;
import eu.dualis.screening.service.PartyService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The party list: search by name or reference, filter by screening status. */
@Named
@ViewScoped
public class PartiesView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject PartyService parties;

  private String query;
  private PartyStatus status;
  private transient List<Party> rows;
  private long total;

  @PostConstruct
  void init() {
    search();
  }

  public String search() {
    var page =
        parties.search(
            query,
            status,
            SortOrder.parse(null, PartyRepository.SORTABLE, "name"),
            new PageRequest(0, SHOWN));
    rows = page.items();
    total = page.total();
    return null;
  }

  public List<Party> getRows() {
    if (rows == null) {
      search();
    }
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public PartyStatus[] getStatuses() {
    return PartyStatus.values();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public PartyStatus getStatus() {
    return status;
  }

  public void setStatus(PartyStatus status) {
    this.status = status;
  }
}
