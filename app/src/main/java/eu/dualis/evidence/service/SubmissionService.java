package eu.dualis.evidence.service;

import eu.dualis.audit.model.AuditAction;
import eu.dualis.audit.service.AuditTrail;
import eu.dualis.evidence.model.EvidencePack;
import eu.dualis.evidence.model.PackStatus;
import eu.dualis.evidence.model.Submission;
import eu.dualis.evidence.model.SubmissionRepository;
import eu.dualis.evidence.model.SubmissionStatus;
import eu.dualis.evidence.model.SubmissionStatusChange;
import eu.dualis.licensing.service.LicenceService;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The current tenant's licence applications: which pack went to which authority when, the
 * authority's reference, and the dated status history (never overwritten), up to the licence
 * granted, which must be in the licence register. Kept as evidence (Art. 27): never deleted.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class SubmissionService {

  static final String RECORD_TYPE = "Submission";

  @Inject SubmissionRepository submissions;
  @Inject EvidencePackService packs;
  @Inject LicenceService licences;
  @Inject AuditTrail audit;
  @Inject CurrentUser user;
  @Inject EntityManager em;

  /** What a status change says; {@code licenceId} is required for GRANTED. */
  public record StatusInput(
      SubmissionStatus status,
      LocalDate statusOn,
      String note,
      String authorityReference,
      String licenceId,
      Long version) {}

  public Submission submit(
      String packId, String authority, LocalDate sentOn, String authorityReference) {
    List<FieldProblem> problems = new ArrayList<>();
    EvidencePack pack = null;
    if (packId == null || packId.isBlank()) {
      problems.add(new FieldProblem("packId", "is required: the evidence pack sent"));
    } else {
      try {
        pack = packs.get(packId.strip());
        if (pack.status() != PackStatus.READY) {
          problems.add(new FieldProblem("packId", "the pack is " + pack.status() + ", not READY"));
        }
      } catch (RecordNotFoundException e) {
        problems.add(new FieldProblem("packId", "no such evidence pack"));
      }
    }
    String to = authority == null || authority.isBlank() ? null : authority.strip();
    if (to == null && pack != null) {
      to = pack.authority();
    }
    if (to == null || to.length() > 200) {
      problems.add(new FieldProblem("authority", "is required, 200 characters at most"));
    }
    if (sentOn == null) {
      problems.add(new FieldProblem("sentOn", "is required (yyyy-mm-dd)"));
    } else if (sentOn.isAfter(LocalDate.now(java.time.ZoneOffset.UTC))) {
      problems.add(new FieldProblem("sentOn", "must not be in the future"));
    }
    String reference = text(authorityReference, "authorityReference", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Submission s =
        Submission.send(pack.id(), to, sentOn, reference, user.name(), EvidencePackService.now());
    submissions.add(s);
    SubmissionStatusChange first = s.firstStatus();
    submissions.addStatus(first);
    em.flush();
    audit.record(user.name(), AuditAction.CREATE, RECORD_TYPE, s.id(), null, snapshot(s));
    return s;
  }

  public Submission changeStatus(String id, StatusInput input) {
    Submission s = get(id);
    if (input == null) {
      throw InvalidInputException.of("body", "a JSON object with the new status is required");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (input.status() == null) {
      problems.add(new FieldProblem("status", "is required: QUESTIONS, GRANTED or REFUSED"));
    }
    if (input.statusOn() == null) {
      problems.add(new FieldProblem("statusOn", "is required (yyyy-mm-dd)"));
    } else if (input.statusOn().isBefore(s.sentOn())) {
      problems.add(new FieldProblem("statusOn", "must not be before the day it was sent"));
    }
    if (input.version() == null) {
      problems.add(new FieldProblem("version", "is required: the version you read"));
    }
    String licenceId =
        input.licenceId() == null || input.licenceId().isBlank() ? null : input.licenceId().strip();
    // Art. 12(4): a granted global licence is recorded as the licence in the register it is.
    if (input.status() == SubmissionStatus.GRANTED && licenceId == null) {
      problems.add(
          new FieldProblem("licenceId", "is required for GRANTED: the licence in the register"));
    }
    if (licenceId != null) {
      try {
        licences.get(licenceId);
      } catch (RecordNotFoundException e) {
        problems.add(new FieldProblem("licenceId", "no such licence in the register"));
      }
    }
    String note = text(input.note(), "note", problems);
    String reference = text(input.authorityReference(), "authorityReference", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (s.version() != input.version()) {
      throw new ConflictException(
          "version",
          "The submission was changed by someone else (version "
              + s.version()
              + ", yours "
              + input.version()
              + "); reload it");
    }
    if (s.status().isFinal()) {
      throw new ConflictException(
          "status", "The submission is " + s.status() + ": a final status is not changed");
    }
    Map<String, Object> before = snapshot(s);
    SubmissionStatusChange change =
        s.changeStatus(
            input.status(),
            input.statusOn(),
            note,
            reference,
            licenceId,
            user.name(),
            EvidencePackService.now());
    submissions.addStatus(change);
    em.flush();
    audit.record(user.name(), AuditAction.UPDATE, RECORD_TYPE, id, before, snapshot(s));
    return s;
  }

  public Submission get(String id) {
    return submissions.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
  }

  public List<Submission> list(String packId) {
    return submissions.list(packId == null || packId.isBlank() ? null : packId.strip());
  }

  public List<SubmissionStatusChange> history(String id) {
    get(id);
    return submissions.history(id);
  }

  /** Art. 27: a submission is evidence of the application; it is never deleted. */
  public void remove(String id) {
    get(id);
    throw new ConflictException(
        null,
        "Submission "
            + id
            + " is evidence kept for at least five years (Art. 27 of Regulation (EU) 2021/821);"
            + " it cannot be deleted. Record its status instead");
  }

  private static String text(String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > 200 && !field.equals("note")) {
      problems.add(new FieldProblem(field, "200 characters at most"));
    } else if (value.length() > 4000) {
      problems.add(new FieldProblem(field, "4000 characters at most"));
    }
    return value.strip();
  }

  static Map<String, Object> snapshot(Submission s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("packId", s.packId());
    m.put("authority", s.authority());
    m.put("sentOn", s.sentOn().toString());
    m.put("authorityReference", s.authorityReference());
    m.put("status", s.status().name());
    m.put("licenceId", s.licenceId());
    return m;
  }
}
