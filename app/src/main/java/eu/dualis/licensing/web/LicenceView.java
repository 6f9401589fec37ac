package eu.dualis.licensing.web;

import eu.dualis.licensing.model.Licence;
import eu.dualis.licensing.model.LicenceAlert;
import eu.dualis.licensing.model.LicenceDetails;
import eu.dualis.licensing.model.LicenceKind;
import eu.dualis.licensing.model.LicenceStatus;
import eu.dualis.licensing.model.LicenceUsage;
import eu.dualis.licensing.service.LicenceAlerts;
import eu.dualis.licensing.service.LicenceService;
import eu.dualis.licensing.service.RegisteredLicence;
import eu.dualis.licensing.service.UsageInput;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.web.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One licence: the form to register or revise it (each save audited), what remains of it, its
 * usages with "record usage", and its alerts with "acknowledge".
 */
@Named
@ViewScoped
public class LicenceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LicenceService licences;
  @Inject LicenceAlerts alerts;

  private String id;
  private long version;
  private boolean missing;
  private final LicenceForm form = new LicenceForm();
  private final UsageForm usage = new UsageForm();

  /** f:viewAction: loads the licence named in the URL, if any. */
  public void load() {
    if (id == null || id.isBlank()) {
      id = null;
      return;
    }
    try {
      fill(licences.get(id));
    } catch (RecordNotFoundException e) {
      missing = true;
      id = null;
    }
  }

  private void fill(Licence l) {
    id = l.id();
    version = l.version();
    form.fill(l.details());
  }

  public String save() {
    List<FieldProblem> problems = new ArrayList<>();
    LicenceDetails details = form.details(problems);
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      boolean created = id == null;
      Licence saved = created ? licences.create(details) : licences.revise(id, version, details);
      fill(saved);
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "licence.saved", saved.number());
      if (created) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/licence?faces-redirect=true&id=" + id;
      }
    } catch (InvalidInputException e) {
      fieldErrors("licence", e);
    } catch (ConflictException e) {
      FacesMessages.plain(
          e.field() == null ? null : "licence:" + e.field(),
          FacesMessage.SEVERITY_ERROR,
          e.getMessage());
    }
    return null;
  }

  public String recordUsage() {
    List<FieldProblem> problems = new ArrayList<>();
    UsageInput input = usage.input(problems);
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      licences.recordUsage(id, input);
      usage.clear();
      FacesMessages.add("usage", FacesMessage.SEVERITY_INFO, "licence.usageRecorded");
    } catch (InvalidInputException e) {
      fieldErrors("usage", e);
    }
    return null;
  }

  public String acknowledge(String alertId) {
    try {
      alerts.acknowledge(alertId);
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "licence.alertAcknowledged");
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_WARN, e.getMessage());
    }
    return null;
  }

  private static void fieldErrors(String formId, InvalidInputException e) {
    e.problems()
        .forEach(
            p ->
                FacesMessages.plain(
                    formId + ":" + p.field(), FacesMessage.SEVERITY_ERROR, p.message()));
  }

  public RegisteredLicence getRegistered() {
    return id == null ? null : licences.registered(id);
  }

  public List<LicenceUsage> getUsages() {
    return id == null ? List.of() : licences.usages(id);
  }

  public List<LicenceAlert> getAlerts() {
    return id == null ? List.of() : alerts.ofLicence(id);
  }

  public LicenceKind[] getKinds() {
    return LicenceKind.values();
  }

  /** EXPIRED follows from the date and is not offered. */
  public LicenceStatus[] getStatuses() {
    return new LicenceStatus[] {
      LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED, LicenceStatus.REVOKED
    };
  }

  public LicenceForm getForm() {
    return form;
  }

  public UsageForm getUsage() {
    return usage;
  }

  public boolean isMissing() {
    return missing;
  }

  public boolean isNew() {
    return id == null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
