package eu.dualis.duediligence.web;

import eu.dualis.classification.model.ProductRepository;
import eu.dualis.classification.service.ProductService;
import eu.dualis.duediligence.model.CatchAllNotification;
import eu.dualis.duediligence.model.CatchAllNotificationDetails;
import eu.dualis.duediligence.model.CatchAllNotificationDocument;
import eu.dualis.duediligence.model.CatchAllNotificationOutcome;
import eu.dualis.duediligence.model.NotificationArticle;
import eu.dualis.duediligence.model.NotificationStatus;
import eu.dualis.duediligence.service.CatchAllNotificationService;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.web.FacesMessages;
import eu.dualis.screening.model.PartyRepository;
import eu.dualis.screening.service.PartyService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The catch-all notifications page: the list (status filter), the form to record one received or
 * sent, and the form to record the answer of the one selected.
 */
@Named
@ViewScoped
public class CatchAllNotificationsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject CatchAllNotificationService notifications;
  @Inject ProductService products;
  @Inject PartyService parties;

  private NotificationStatus filter;
  private transient List<CatchAllNotification> rows;

  private NotificationArticle article = NotificationArticle.ART_5_1;
  private String authority;
  private String reference;
  private LocalDate date;
  private String productId;
  private String partyId;
  private String destination;
  private String notes;

  private String selectedId;
  private NotificationStatus outcome;
  private LocalDate answeredOn;
  private String answerReference;

  @PostConstruct
  void init() {
    search();
  }

  public String search() {
    rows = notifications.search(filter, new PageRequest(0, SHOWN)).items();
    return null;
  }

  public String record() {
    var details =
        new CatchAllNotificationDetails(
            article == null ? null : article.direction(),
            article,
            authority,
            reference,
            date,
            productId,
            partyId,
            destination,
            null,
            notes);
    try {
      CatchAllNotification n = notifications.create(details);
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "notifications.recorded", n.reference());
      authority = reference = productId = partyId = destination = notes = null;
      date = null;
      search();
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      "notifications:" + p.field(), FacesMessage.SEVERITY_ERROR, p.message()));
    }
    return null;
  }

  public String select(String id) {
    selectedId = id;
    outcome = null;
    answeredOn = null;
    answerReference = null;
    return null;
  }

  public String recordOutcome() {
    try {
      notifications.recordOutcome(
          selectedId, null, new CatchAllNotificationOutcome(outcome, answeredOn, answerReference));
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "notifications.answered");
      selectedId = null;
      search();
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      "notifications:" + p.field(), FacesMessage.SEVERITY_ERROR, p.message()));
    } catch (ConflictException | RecordNotFoundException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return null;
  }

  public CatchAllNotification getSelected() {
    if (selectedId == null) {
      return null;
    }
    try {
      return notifications.get(selectedId);
    } catch (RecordNotFoundException e) {
      return null;
    }
  }

  public List<CatchAllNotificationDocument> getDocuments() {
    return selectedId == null ? List.of() : notifications.documents(selectedId);
  }

  public List<CatchAllNotification> getRows() {
    if (rows == null) {
      search();
    }
    return rows;
  }

  public List<SelectItem> getProducts() {
    return products
        .search(null, SortOrder.parse(null, ProductRepository.SORTABLE, "name"), page())
        .items()
        .stream()
        .map(p -> new SelectItem(p.id().value(), p.name() + " (" + p.partNumber() + ")"))
        .toList();
  }

  public List<SelectItem> getParties() {
    return parties
        .search(null, null, SortOrder.parse(null, PartyRepository.SORTABLE, "name"), page())
        .items()
        .stream()
        .map(p -> new SelectItem(p.id(), p.name()))
        .toList();
  }

  private static PageRequest page() {
    return new PageRequest(0, SHOWN);
  }

  public NotificationArticle[] getArticles() {
    return NotificationArticle.values();
  }

  public NotificationStatus[] getStatuses() {
    return NotificationStatus.values();
  }

  public List<NotificationStatus> getOutcomes() {
    return Arrays.stream(NotificationStatus.values())
        .filter(NotificationStatus::isOutcome)
        .toList();
  }

  public NotificationStatus getFilter() {
    return filter;
  }

  public void setFilter(NotificationStatus filter) {
    this.filter = filter;
  }

  public NotificationArticle getArticle() {
    return article;
  }

  public void setArticle(NotificationArticle article) {
    this.article = article;
  }

  public String getAuthority() {
    return authority;
  }

  public void setAuthority(String authority) {
    this.authority = authority;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getProductId() {
    return productId;
  }

  public void setProductId(String productId) {
    this.productId = productId;
  }

  public String getPartyId() {
    return partyId;
  }

  public void setPartyId(String partyId) {
    this.partyId = partyId;
  }

  public String getDestination() {
    return destination;
  }

  public void setDestination(String destination) {
    this.destination = destination;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public NotificationStatus getOutcome() {
    return outcome;
  }

  public void setOutcome(NotificationStatus outcome) {
    this.outcome = outcome;
  }

  public LocalDate getAnsweredOn() {
    return answeredOn;
  }

  public void setAnsweredOn(LocalDate answeredOn) {
    this.answeredOn = answeredOn;
  }

  public String getAnswerReference() {
    return answerReference;
  }

  public void setAnswerReference(String answerReference) {
    this.answerReference = answerReference;
  }
}
