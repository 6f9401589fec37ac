package eu.dualis.exportcheck.web;

import eu.dualis.exportcheck.model.CheckResult;
import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.model.ExportCheckInput;
import eu.dualis.exportcheck.model.PartyRoleInExport;
import eu.dualis.exportcheck.model.Reason;
import eu.dualis.exportcheck.service.ExportCheckService;
import eu.dualis.exportcheck.service.ExportShipmentService;
import eu.dualis.exportcheck.service.ReasonTexts;
import eu.dualis.exportcheck.service.RecordedCheck;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.web.FacesMessages;
import eu.dualis.platform.web.LanguageSelector;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One recorded check explained: the export's determination, the reasons that bear on every line,
 * each line with its reasons and articles, the versions used, the export's other checks, a re-run,
 * and for a line that needs due diligence the way into its file.
 */
@Named
@ViewScoped
public class ExportCheckResultView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ExportCheckService checks;
  @Inject ExportShipmentService shipments;
  @Inject LanguageSelector language;

  private String id;
  private String shippedOn = LocalDate.now(ZoneOffset.UTC).toString();
  private boolean missing;
  private transient RecordedCheck check;
  private transient List<RecordedCheck> history;

  /** f:viewAction: loads the check named in the URL. */
  public void load() {
    try {
      check = checks.get(id);
    } catch (RecordNotFoundException | IllegalArgumentException e) {
      missing = true;
    }
  }

  public String rerun() {
    try {
      var again = checks.rerun(id);
      return "/app/export-check-result?faces-redirect=true&id=" + again.check().id();
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (InvalidInputException e) {
      // a product or party of the first check no longer exists
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      null, FacesMessage.SEVERITY_ERROR, p.field() + ": " + p.message()));
    }
    return null;
  }

  /** Records the shipment of the released export and the licence usages it brings. */
  public String recordShipment() {
    try {
      shipments.record(id, LocalDate.parse(shippedOn));
      return "/app/export-check-result?faces-redirect=true&id=" + id;
    } catch (DateTimeParseException e) {
      FacesMessages.plain("result:shippedOn", FacesMessage.SEVERITY_ERROR, "YYYY-MM-DD");
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      "result:shippedOn", FacesMessage.SEVERITY_ERROR, p.message()));
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return null;
  }

  public String getShippedOn() {
    return shippedOn;
  }

  public void setShippedOn(String shippedOn) {
    this.shippedOn = shippedOn;
  }

  public RecordedCheck getCheck() {
    if (check == null && id != null && !missing) {
      load();
    }
    return check;
  }

  public List<RecordedCheck> getHistory() {
    if (history == null && getCheck() != null) {
      history = checks.history(id);
    }
    return history;
  }

  public String text(Reason reason) {
    return ReasonTexts.message(reason, language.getLocale());
  }

  public String label(Determination determination) {
    return ReasonTexts.label(determination, language.getLocale());
  }

  public ExportCheckInput.Line input(CheckResult.LineResult line) {
    return getCheck().input().lines().get(line.index());
  }

  /** Opens a due-diligence file for this line's end user and product, linked to this check. */
  public String dueDiligenceLink(CheckResult.LineResult line) {
    var input = getCheck().input();
    String endUser =
        input.parties().stream()
            .filter(p -> p.role() == PartyRoleInExport.END_USER)
            .map(ExportCheckInput.PartyRef::partyId)
            .findFirst()
            .orElse("");
    return "due-diligence-files.xhtml?exportCheck="
        + enc(id)
        + "&endUser="
        + enc(endUser)
        + "&product="
        + enc(line.productId())
        + "&destination="
        + enc(input.destination());
  }

  public boolean needsDueDiligence(CheckResult.LineResult line) {
    return line.reasons().stream()
        .anyMatch(r -> r.effect() == Determination.DUE_DILIGENCE_REQUIRED);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isMissing() {
    return missing;
  }
}
