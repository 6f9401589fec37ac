package eu.dualis.classification.web;

import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.ClassificationInput;
import eu.dualis.classification.model.ClassificationOutcome;
import eu.dualis.classification.model.ControlListVersion;
import eu.dualis.classification.model.CyberSurveillance;
import eu.dualis.classification.model.FourEyesException;
import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.service.ClassificationService;
import eu.dualis.classification.service.ControlListService;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.security.Roles;
import eu.dualis.platform.web.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The classification part of the product page: current, history, classify, approve. */
@Named
@ViewScoped
public class ProductClassificationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ClassificationService classifications;
  @Inject ControlListService controlLists;
  @Inject CurrentUser user;

  private String productId;
  private List<ClassificationRow> rows;
  private String versionId;
  private String outcome = ClassificationOutcome.LISTED.name();
  private String codes;
  private String notListedReason;
  private String cyberSurveillance = CyberSurveillance.NO.name();
  private String rationale;
  private String documents;

  /** Called from the product page's view action with its id. */
  public void load(String id) {
    if (id == null || id.isBlank() || ProductId.parse(id).isEmpty()) {
      return;
    }
    productId = id;
    versionId =
        controlLists
            .inForce(java.time.LocalDate.now(java.time.ZoneOffset.UTC))
            .map(ControlListVersion::id)
            .orElse(null);
    refresh();
  }

  private void refresh() {
    ProductId product = ProductId.parse(productId).orElseThrow();
    String current = classifications.current(product).map(Classification::id).orElse(null);
    rows =
        classifications.history(product).stream()
            .map(c -> new ClassificationRow(c, c.id().equals(current)))
            .toList();
  }

  public String classify() {
    ClassificationInput input =
        new ClassificationInput(
            versionId,
            enumOrNull(ClassificationOutcome.class, outcome),
            codes == null
                ? List.of()
                : Arrays.stream(codes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
            notListedReason,
            enumOrNull(CyberSurveillance.class, cyberSurveillance),
            rationale,
            documents == null ? List.of() : List.of(documents.split("\\R")));
    try {
      classifications.classify(ProductId.parse(productId).orElseThrow(), input);
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      "classify:" + p.field(), FacesMessage.SEVERITY_ERROR, p.message()));
      return null;
    }
    FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "classification.saved");
    codes = null;
    notListedReason = null;
    rationale = null;
    documents = null;
    refresh();
    return null;
  }

  public String approve(String classificationId) {
    try {
      classifications.approve(classificationId);
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "classification.approved");
    } catch (FourEyesException e) {
      FacesMessages.add(null, FacesMessage.SEVERITY_ERROR, "classification.fourEyes");
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    refresh();
    return null;
  }

  public boolean canApprove(ClassificationRow row) {
    return row.isDraft()
        && user.hasRole(Roles.COMPLIANCE_OFFICER)
        && !row.getAuthor().equalsIgnoreCase(user.name());
  }

  public boolean isOfficer() {
    return user.hasRole(Roles.COMPLIANCE_OFFICER);
  }

  public List<ControlListVersion> getVersions() {
    return controlLists.versions();
  }

  public boolean isLoaded() {
    return productId != null;
  }

  public List<ClassificationRow> getRows() {
    return rows == null ? List.of() : rows;
  }

  public ClassificationRow getCurrent() {
    return getRows().stream().filter(ClassificationRow::isCurrent).findFirst().orElse(null);
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String getVersionId() {
    return versionId;
  }

  public void setVersionId(String versionId) {
    this.versionId = versionId;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getCodes() {
    return codes;
  }

  public void setCodes(String codes) {
    this.codes = codes;
  }

  public String getNotListedReason() {
    return notListedReason;
  }

  public void setNotListedReason(String notListedReason) {
    this.notListedReason = notListedReason;
  }

  public String getCyberSurveillance() {
    return cyberSurveillance;
  }

  public void setCyberSurveillance(String cyberSurveillance) {
    this.cyberSurveillance = cyberSurveillance;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public String getDocuments() {
    return documents;
  }

  public void setDocuments(String documents) {
    this.documents = documents;
  }
}
