package eu.dualis.classification.web;

import eu.dualis.classification.model.ReviewFlag;
import eu.dualis.classification.service.ClassificationService;
import eu.dualis.classification.service.ProductService;
import eu.dualis.classification.service.ReviewFlagService;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The review worklist: open flags with old and new text, resolved one by one. */
@Named
@ViewScoped
public class ReviewWorklistView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewFlagService flags;
  @Inject ProductService products;
  @Inject ClassificationService classifications;

  private List<ReviewFlagRow> rows;
  private final Map<String, String> notes = new HashMap<>();

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    rows =
        flags.list(ReviewFlag.Status.OPEN).stream()
            .map(f -> new ReviewFlagRow(f, products.get(f.productId()).name()))
            .toList();
  }

  public String keepUnchanged(String flagId) {
    try {
      flags.resolve(flagId, ReviewFlag.Resolution.UNCHANGED, notes.get(flagId), null);
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "flags.resolved");
      notes.remove(flagId);
    } catch (InvalidInputException | ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    refresh();
    return null;
  }

  /** Resolves the flag with the product's classification written after the flag was raised. */
  public String resolvedByNewClassification(String flagId) {
    ReviewFlag flag = flags.get(flagId);
    var newer =
        classifications.history(flag.productId()).stream()
            .filter(c -> !c.createdAt().isBefore(flag.raisedAt()))
            .findFirst();
    if (newer.isEmpty()) {
      FacesMessages.add(null, FacesMessage.SEVERITY_ERROR, "flags.noNewerClassification");
      return null;
    }
    try {
      flags.resolve(
          flagId, ReviewFlag.Resolution.RECLASSIFIED, notes.get(flagId), newer.get().id());
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "flags.resolved");
    } catch (InvalidInputException | ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    refresh();
    return null;
  }

  public List<ReviewFlagRow> getRows() {
    return rows;
  }

  public Map<String, String> getNotes() {
    return notes;
  }
}
