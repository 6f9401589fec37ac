package eu.dualis.evidence.api;

import eu.dualis.evidence.model.SubmissionStatus;
import eu.dualis.evidence.service.SubmissionService.StatusInput;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A submission as a client records it, or (with {@code status}) a new status of it. */
public record SubmissionRequest(
    String packId,
    String authority,
    String sentOn,
    String authorityReference,
    String status,
    String statusOn,
    String note,
    String licenceId,
    Long version) {

  LocalDate sentOnDate() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = EvidencePackRequest.date("sentOn", sentOn, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return day;
  }

  StatusInput statusInput() {
    List<FieldProblem> problems = new ArrayList<>();
    SubmissionStatus s = null;
    try {
      s = QueryParams.enumValue(SubmissionStatus.class, "status", status);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    LocalDate on = EvidencePackRequest.date("statusOn", statusOn, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new StatusInput(s, on, note, authorityReference, licenceId, version);
  }
}
