package eu.dualis.icp.web;

import eu.dualis.icp.model.AuditKind;
import eu.dualis.icp.model.AuditRecord;
import eu.dualis.icp.model.CommitmentStatement;
import eu.dualis.icp.model.ComplianceRole;
import eu.dualis.icp.model.CorrectiveAction;
import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.model.IcpElement;
import eu.dualis.icp.model.RecordKind;
import eu.dualis.icp.model.RecordkeepingPolicy;
import eu.dualis.icp.model.RoleFunction;
import eu.dualis.icp.model.SecurityKind;
import eu.dualis.icp.model.SecurityMeasure;
import eu.dualis.icp.service.Assessment;
import eu.dualis.icp.service.IcpFacts;
import eu.dualis.icp.service.IcpRecordService;
import eu.dualis.icp.service.IcpService;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.web.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ICP page: the seven elements judged today, and the open element's section with its records
 * and the forms to add them. The forms' text is kept in one map keyed by field name, as the service
 * names its fields, so that a problem lands next to its input.
 */
@Named
@ViewScoped
public class IcpView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject IcpService icp;
  @Inject IcpFacts facts;
  @Inject IcpRecordService records;

  private int open;
  private final Map<String, String> f = new HashMap<>();
  private transient Part upload;
  private transient List<Assessment> assessments;

  public List<Assessment> getElements() {
    if (assessments == null) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      assessments = icp.assess(today, facts.on(today));
    }
    return assessments;
  }

  public String open(int number) {
    open = open == number ? 0 : number;
    return null;
  }

  public String signCommitment() {
    return act(
        1,
        p -> {
          var on = IcpFormFields.date("signedOn", f.get("signedOn"), p);
          check(p);
          records.sign(
              f.get("text"),
              f.get("signedByName"),
              f.get("signedByFunction"),
              on,
              f.get("publishedWhere"));
        },
        "icp.commitment.saved");
  }

  public String appointRole() {
    return act(
        2,
        p -> {
          var fte = IcpFormFields.number("fte", f.get("fte"), p);
          var from = IcpFormFields.date("from", f.get("from"), p);
          var to = IcpFormFields.date("to", f.get("to"), p);
          check(p);
          records.appoint(
              f.get("person"),
              enumOf(RoleFunction.class, f.get("function")),
              f.get("responsibilities"),
              fte,
              from,
              to);
        },
        "icp.role.saved");
  }

  public String uploadDocument() throws IOException {
    if (upload == null) {
      FacesMessages.add(
          IcpFormProblems.clientId(IcpFormProblems.DOCUMENT_FORM, "file"),
          FacesMessage.SEVERITY_ERROR,
          "icp.document.none");
      return null;
    }
    byte[] content;
    try (InputStream in = upload.getInputStream()) {
      content = in.readNBytes(eu.dualis.icp.model.IcpFile.MAX_BYTES + 1);
    }
    String name = upload.getSubmittedFileName();
    String type = upload.getContentType();
    return act(
        IcpFormProblems.DOCUMENT_FORM,
        p -> {
          var from = IcpFormFields.date("effectiveFrom", f.get("effectiveFrom"), p);
          var review = IcpFormFields.date("reviewDue", f.get("reviewDue"), p);
          check(p);
          var details =
              new IcpDocument.Details(
                  IcpElement.ofNumber(open),
                  f.get("title"),
                  f.get("versionLabel"),
                  from,
                  review,
                  name);
          icp.upload(details, type, content, f.get("supersedes"));
        },
        "icp.document.saved");
  }

  public String recordAudit() {
    return act(
        5,
        p -> {
          var on = IcpFormFields.date("auditedOn", f.get("auditedOn"), p);
          check(p);
          records.recordAudit(
              on, enumOf(AuditKind.class, f.get("kind")), f.get("scope"), f.get("findings"));
        },
        "icp.audit.saved");
  }

  public String agreeAction() {
    return act(
        5,
        p -> {
          var due = IcpFormFields.date("due", f.get("due"), p);
          check(p);
          String audit = f.get("auditId");
          if (audit == null || audit.isBlank()) {
            throw InvalidInputException.of("auditId", "is required");
          }
          records.agree(audit, f.get("finding"), f.get("description"), f.get("owner"), due);
        },
        "icp.action.saved");
  }

  public String completeAction(CorrectiveAction action) {
    return act(
        5,
        p -> {
          var on = IcpFormFields.date("doneOn", f.get("doneOn"), p);
          check(p);
          records.done(action.auditId(), action.id(), action.version(), on);
        },
        "icp.action.done");
  }

  public String adoptPolicy() {
    return act(
        6,
        p -> {
          var from = IcpFormFields.date("policyFrom", f.get("policyFrom"), p);
          var years = IcpFormFields.retention(f, p);
          check(p);
          records.adopt(f.get("policyText"), years, from);
        },
        "icp.policy.saved");
  }

  public String reviewMeasure() {
    return act(
        7,
        p -> {
          var on = IcpFormFields.date("reviewedOn", f.get("reviewedOn"), p);
          check(p);
          records.review(
              enumOf(SecurityKind.class, f.get("measureKind")), f.get("description"), on);
        },
        "icp.measure.saved");
  }

  private interface Step {
    void run(List<FieldProblem> problems);
  }

  private String act(int section, Step step, String done) {
    try {
      step.run(new ArrayList<>());
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, done);
      f.clear();
      assessments = null;
    } catch (InvalidInputException e) {
      for (FieldProblem p : e.problems()) {
        FacesMessages.plain(
            IcpFormProblems.clientId(section, p.field()), FacesMessage.SEVERITY_ERROR, p.message());
      }
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return null;
  }

  private static void check(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
  }

  public List<CommitmentStatement> getCommitments() {
    return records.commitments();
  }

  public List<ComplianceRole> getRoles() {
    return records.roles();
  }

  public List<IcpDocument> getDocuments() {
    IcpElement element = open == 0 ? null : IcpElement.ofNumber(open);
    return icp.documents().stream().filter(d -> d.element() == element).toList();
  }

  public List<AuditRecord> getAudits() {
    return records.audits();
  }

  public List<CorrectiveAction> actionsOf(String auditId) {
    return records.correctiveActions(auditId);
  }

  public List<RecordkeepingPolicy> getPolicies() {
    return records.policies();
  }

  public List<SecurityMeasure> getMeasures() {
    return records.measures();
  }

  public RoleFunction[] getFunctions() {
    return RoleFunction.values();
  }

  public AuditKind[] getAuditKinds() {
    return AuditKind.values();
  }

  public SecurityKind[] getSecurityKinds() {
    return SecurityKind.values();
  }

  public RecordKind[] getRecordKinds() {
    return RecordKind.values();
  }

  public Map<String, String> getF() {
    return f;
  }

  public int getOpen() {
    return open;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
