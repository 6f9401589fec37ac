package eu.dualis.duediligence.web;

import eu.dualis.duediligence.model.DueDiligenceDecision;
import eu.dualis.duediligence.model.DueDiligenceFile;
import eu.dualis.duediligence.model.DueDiligenceInput;
import eu.dualis.duediligence.model.DueDiligenceStatus;
import eu.dualis.duediligence.model.FlagAnswer;
import eu.dualis.duediligence.model.RedFlagAnswer;
import eu.dualis.duediligence.model.RedFlagCatalogue;
import eu.dualis.duediligence.model.RiskLevel;
import eu.dualis.duediligence.model.UploadedDocument;
import eu.dualis.duediligence.service.Choice;
import eu.dualis.duediligence.service.DueDiligenceService;
import eu.dualis.duediligence.service.DueDiligenceSubjects;
import eu.dualis.duediligence.service.PartyFacts;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.web.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One due-diligence file as a guided form in steps (subject and item, parties, end use and
 * document, red flags, risk, decision, approval). Only a draft is editable; every action goes
 * through the service, which enforces Art. 5(2) and four eyes.
 */
@Named
@ViewScoped
public class DueDiligenceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DueDiligenceService files;
  @Inject DueDiligenceSubjects subjects;

  private String id;
  private boolean missing;
  private transient DueDiligenceFile file;
  private final DueDiligenceForm form = new DueDiligenceForm();
  private List<FlagRow> flags = new ArrayList<>();
  private DueDiligenceDecision decision;
  private String rationale;
  private String returnReason;
  private transient Part upload;

  /** f:viewAction: the file named in the URL, or a new one prefilled from the URL. */
  public void load() {
    if (id == null || id.isBlank()) {
      id = null;
      fillFlags(List.of());
      return;
    }
    try {
      show(files.get(id));
    } catch (RecordNotFoundException e) {
      missing = true;
      id = null;
      FacesMessages.add(null, FacesMessage.SEVERITY_ERROR, "dd.missing");
    }
  }

  private void show(DueDiligenceFile f) {
    file = f;
    id = f.id();
    form.fill(f);
    fillFlags(f.content().answers());
  }

  private void fillFlags(List<RedFlagAnswer> answers) {
    Map<String, RedFlagAnswer> byCode =
        answers.stream().collect(Collectors.toMap(RedFlagAnswer::code, Function.identity()));
    flags =
        RedFlagCatalogue.all().stream()
            .map(flag -> new FlagRow(flag, byCode.get(flag.code())))
            .collect(Collectors.toCollection(ArrayList::new));
  }

  public String save() {
    DueDiligenceInput input =
        form.input(flags.stream().map(FlagRow::toAnswer).filter(Objects::nonNull).toList());
    boolean created = id == null;
    if (!act(
        () -> created ? files.open(input) : files.revise(id, form.version(), input), "dd.saved")) {
      return null;
    }
    if (created) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/app/due-diligence?faces-redirect=true&id=" + id;
    }
    return null;
  }

  public String uploadDocument() throws IOException {
    if (upload == null) {
      FacesMessages.add("upload:file", FacesMessage.SEVERITY_ERROR, "dd.upload.none");
      return null;
    }
    byte[] content;
    try (InputStream in = upload.getInputStream()) {
      content = UploadedDocument.readCapped(in);
    }
    String name = upload.getSubmittedFileName();
    String type = upload.getContentType();
    act(() -> files.attachDocument(id, name, type, content), "dd.uploaded");
    return null;
  }

  public String decide() {
    act(() -> files.decide(id, decision, rationale), "dd.decided");
    return null;
  }

  public String approve() {
    act(() -> files.approve(id), "dd.approved");
    return null;
  }

  public String returnToDraft() {
    act(() -> files.returnToDraft(id, returnReason), "dd.returned");
    return null;
  }

  public String newRevision() {
    try {
      DueDiligenceFile revision = files.newRevision(id);
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "dd.revised");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/app/due-diligence?faces-redirect=true&id=" + revision.id();
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
      return null;
    }
  }

  /** Runs one service action; shows its problems by the inputs, or the result. */
  private boolean act(Supplier<DueDiligenceFile> action, String doneKey) {
    try {
      show(action.get());
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
      return true;
    } catch (InvalidInputException e) {
      FormProblems.show(e.problems(), flags);
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return false;
  }

  private DueDiligenceFile current() {
    if (file == null && id != null) {
      file = files.get(id);
    }
    return file;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isMissing() {
    return missing;
  }

  public boolean isEditable() {
    return id == null || current().status() == DueDiligenceStatus.DRAFT;
  }

  public DueDiligenceStatus getStatus() {
    return id == null ? DueDiligenceStatus.DRAFT : current().status();
  }

  public DueDiligenceFile getFile() {
    return current();
  }

  public String getSupersededBy() {
    return id == null ? null : files.supersededBy(id).map(DueDiligenceFile::id).orElse(null);
  }

  public PartyFacts getEndUserFacts() {
    return subjects.party(form.getEndUser()).orElse(null);
  }

  public PartyFacts getConsigneeFacts() {
    return subjects.party(form.getConsignee()).orElse(null);
  }

  public List<Choice> getPartyChoices() {
    List<String> chosen = new ArrayList<>();
    if (form.getEndUser() != null) {
      chosen.add(form.getEndUser());
    }
    if (form.getConsignee() != null) {
      chosen.add(form.getConsignee());
    }
    return subjects.partyChoices(chosen);
  }

  public List<Choice> getProductChoices() {
    return subjects.productChoices(form.getProducts());
  }

  public String classificationOf(String productId) {
    return subjects.product(productId).map(p -> p.name() + ": " + p.classification()).orElse("");
  }

  public FlagAnswer[] getAnswers() {
    return FlagAnswer.values();
  }

  public RiskLevel[] getRiskLevels() {
    return RiskLevel.values();
  }

  public DueDiligenceDecision[] getDecisions() {
    return DueDiligenceDecision.values();
  }

  public DueDiligenceForm getForm() {
    return form;
  }

  public List<FlagRow> getFlags() {
    return flags;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public DueDiligenceDecision getDecision() {
    return decision;
  }

  public void setDecision(DueDiligenceDecision decision) {
    this.decision = decision;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
