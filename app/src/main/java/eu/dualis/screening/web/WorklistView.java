package eu.dualis.screening.web;

import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.web.FacesMessages;
import eu.dualis.screening.model.Hit;
import eu.dualis.screening.model.HitStatus;
import eu.dualis.screening.model.ListedEntity;
import eu.dualis.screening.model.MatchOutcome;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.model.ScreeningQueryInput;
import eu.dualis.screening.service.HitDetail;
import eu.dualis.screening.service.PartyService;
import eu.dualis.screening.service.SanctionsListService;
import eu.dualis.screening.service.ScreeningService;
import eu.dualis.screening.service.WorklistService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The compliance worklist: open hits, oldest first; the chosen hit beside what was screened (the
 * party, or the name of a sales check), the list entry in full, and the explanation token by token
 * and qualifier by qualifier; then the decision with its justification.
 */
@Named
@ViewScoped
public class WorklistView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject WorklistService worklist;
  @Inject PartyService parties;
  @Inject ScreeningService screenings;
  @Inject SanctionsListService lists;

  /** One open hit in the table. */
  public record Row(
      String id,
      String screened,
      String listedName,
      String source,
      double score,
      String raisedAt) {}

  private List<Row> rows;
  private long total;
  private String selectedId;
  private transient Hit selected;
  private transient HitDetail detail;
  private transient ListedEntity entry;
  private transient Party party;
  private transient ScreeningQueryInput query;
  private MatchOutcome outcome;
  private String justification;

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    var page = worklist.list(HitStatus.OPEN, null, new PageRequest(0, SHOWN));
    total = page.total();
    rows = page.items().stream().map(this::row).toList();
  }

  private Row row(Hit h) {
    String screened =
        h.partyId() != null
            ? parties.get(h.partyId()).name()
            : screenings.get(h.screeningId()).screening().query().name();
    return new Row(
        h.id(),
        screened,
        h.listedName(),
        h.listSource().title(),
        h.score(),
        h.raisedAt().toString().substring(0, 16).replace('T', ' '));
  }

  public String select(String hitId) {
    selectedId = hitId;
    outcome = null;
    justification = null;
    load();
    return null;
  }

  private void load() {
    selected = null;
    if (selectedId == null) {
      return;
    }
    try {
      selected = worklist.get(selectedId);
      detail = worklist.detailOf(selected);
      entry = lists.entity(detail.entityId());
      party = selected.partyId() == null ? null : parties.get(selected.partyId());
      query = screenings.get(selected.screeningId()).screening().query();
    } catch (RecordNotFoundException e) {
      selectedId = null;
      selected = null;
    }
  }

  public String decide() {
    try {
      worklist.decide(selectedId, outcome, justification);
      FacesMessages.add(
          null,
          FacesMessage.SEVERITY_INFO,
          outcome == MatchOutcome.TRUE_MATCH ? "worklist.decided.match" : "worklist.decided.fp");
      selectedId = null;
      selected = null;
      refresh();
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      "worklist:" + p.field(), FacesMessage.SEVERITY_ERROR, p.message()));
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
      refresh();
    }
    return null;
  }

  private void ensureLoaded() {
    if (selected == null && selectedId != null) {
      load();
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public boolean isSelected() {
    ensureLoaded();
    return selected != null;
  }

  public String getSelectedId() {
    return selectedId;
  }

  public HitDetail getDetail() {
    ensureLoaded();
    return detail;
  }

  public ListedEntity getEntry() {
    ensureLoaded();
    return entry;
  }

  public Party getParty() {
    ensureLoaded();
    return party;
  }

  public ScreeningQueryInput getQuery() {
    ensureLoaded();
    return query;
  }

  public MatchOutcome[] getOutcomes() {
    return MatchOutcome.values();
  }

  public MatchOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(MatchOutcome outcome) {
    this.outcome = outcome;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
