package eu.dualis.evidence.web;

import eu.dualis.evidence.model.EvidencePack;
import eu.dualis.evidence.model.PackRequest;
import eu.dualis.evidence.model.PackStatus;
import eu.dualis.evidence.model.Submission;
import eu.dualis.evidence.model.SubmissionStatus;
import eu.dualis.evidence.service.EvidencePackService;
import eu.dualis.evidence.service.PackAssembly;
import eu.dualis.evidence.service.SubmissionService;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.web.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The evidence-pack page: request a pack, follow its assembly (polled while one assembles),
 * download and verify it, and record its submissions with their status history.
 */
@Named
@ViewScoped
public class EvidencePacksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EvidencePackService packs;
  @Inject PackAssembly assembly;
  @Inject SubmissionService submissions;
  @Inject CurrentUser user;

  private String authority = "CDIU";
  private String periodFrom = LocalDate.now(ZoneOffset.UTC).minusYears(1).toString();
  private String periodTo = LocalDate.now(ZoneOffset.UTC).toString();
  private String entryCodes;
  private String destinations;
  private String language = "en";

  private String submitPackId;
  private String sentOn = LocalDate.now(ZoneOffset.UTC).toString();
  private String authorityReference;

  private String statusSubmissionId;
  private SubmissionStatus newStatus;
  private String statusOn = LocalDate.now(ZoneOffset.UTC).toString();
  private String licenceId;
  private String note;

  private String verifiedPackId;
  private boolean verifiedOk;
  private String verifiedText;

  public String request() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate from = date("periodFrom", periodFrom, problems);
    LocalDate to = date("periodTo", periodTo, problems);
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      EvidencePack pack =
          packs.request(
              new PackRequest(authority, from, to, list(entryCodes), list(destinations), language));
      assembly.start(pack.id(), user.name());
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "evidence.requested");
    } catch (InvalidInputException e) {
      fieldErrors("request", e);
    }
    return null;
  }

  public void verify(String id) {
    var v = packs.verify(id);
    verifiedPackId = id;
    verifiedOk = v.ok();
    verifiedText =
        v.ok()
            ? v.result().declaredPackHash()
            : v.result().files().stream()
                    .filter(f -> !f.ok())
                    .map(f -> f.status() + " " + f.path())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("")
                + (v.result().packHashOk() ? "" : " pack hash MISMATCH");
  }

  public String submit() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = date("sentOn", sentOn, problems);
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      submissions.submit(submitPackId, null, day, authorityReference);
      authorityReference = null;
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "evidence.submission.saved");
    } catch (InvalidInputException e) {
      fieldErrors("submission", e);
    }
    return null;
  }

  public String changeStatus() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = date("statusOn", statusOn, problems);
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      Submission s = submissions.get(statusSubmissionId);
      submissions.changeStatus(
          statusSubmissionId,
          new SubmissionService.StatusInput(newStatus, day, note, null, licenceId, s.version()));
      note = null;
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "evidence.submission.statusSaved");
    } catch (InvalidInputException e) {
      fieldErrors("status", e);
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return null;
  }

  public List<EvidencePack> getPacks() {
    return packs.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
  }

  public List<EvidencePack> getReadyPacks() {
    return getPacks().stream().filter(p -> p.status() == PackStatus.READY).toList();
  }

  /** Polling stops once nothing is left to assemble. */
  public boolean isAssembling() {
    return getPacks().stream()
        .anyMatch(p -> p.status() == PackStatus.REQUESTED || p.status() == PackStatus.ASSEMBLING);
  }

  public List<Submission> getSubmissions() {
    return submissions.list(null);
  }

  public String history(String submissionId) {
    return submissions.history(submissionId).stream()
        .map(h -> h.statusOn() + " " + h.status())
        .reduce((a, b) -> a + " → " + b)
        .orElse("");
  }

  public SubmissionStatus[] getStatuses() {
    return SubmissionStatus.values();
  }

  private static LocalDate date(String field, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date written YYYY-MM-DD"));
      return null;
    }
  }

  private static List<String> list(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
  }

  private static void fieldErrors(String formId, InvalidInputException e) {
    e.problems()
        .forEach(
            p ->
                FacesMessages.plain(
                    formId + ":" + p.field(), FacesMessage.SEVERITY_ERROR, p.message()));
  }

  // Form fields.

  public String getAuthority() {
    return authority;
  }

  public void setAuthority(String authority) {
    this.authority = authority;
  }

  public String getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(String periodFrom) {
    this.periodFrom = periodFrom;
  }

  public String getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(String periodTo) {
    this.periodTo = periodTo;
  }

  public String getEntryCodes() {
    return entryCodes;
  }

  public void setEntryCodes(String entryCodes) {
    this.entryCodes = entryCodes;
  }

  public String getDestinations() {
    return destinations;
  }

  public void setDestinations(String destinations) {
    this.destinations = destinations;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getSubmitPackId() {
    return submitPackId;
  }

  public void setSubmitPackId(String submitPackId) {
    this.submitPackId = submitPackId;
  }

  public String getSentOn() {
    return sentOn;
  }

  public void setSentOn(String sentOn) {
    this.sentOn = sentOn;
  }

  public String getAuthorityReference() {
    return authorityReference;
  }

  public void setAuthorityReference(String authorityReference) {
    this.authorityReference = authorityReference;
  }

  public String getStatusSubmissionId() {
    return statusSubmissionId;
  }

  public void setStatusSubmissionId(String statusSubmissionId) {
    this.statusSubmissionId = statusSubmissionId;
  }

  public SubmissionStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(SubmissionStatus newStatus) {
    this.newStatus = newStatus;
  }

  public String getStatusOn() {
    return statusOn;
  }

  public void setStatusOn(String statusOn) {
    this.statusOn = statusOn;
  }

  public String getLicenceId() {
    return licenceId;
  }

  public void setLicenceId(String licenceId) {
    this.licenceId = licenceId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getVerifiedPackId() {
    return verifiedPackId;
  }

  public boolean isVerifiedOk() {
    return verifiedOk;
  }

  public String getVerifiedText() {
    return verifiedText;
  }
}
