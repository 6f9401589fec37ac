package eu.dualis.duediligence.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a notification ended: the authority's answer (a licence is or is not required) or its
 * withdrawal, with the date and reference of the answer.
 */
public record CatchAllNotificationOutcome(
    NotificationStatus outcome, LocalDate answeredOn, String answerReference) {

  public CatchAllNotificationOutcome validated(LocalDate notifiedOn, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (outcome == null || !outcome.isOutcome()) {
      problems.add(
          new FieldProblem(
              "outcome", "is required: LICENCE_REQUIRED, NO_LICENCE_REQUIRED or WITHDRAWN"));
    }
    if (answeredOn == null) {
      problems.add(new FieldProblem("answeredOn", "is required (yyyy-MM-dd)"));
    } else if (answeredOn.isAfter(today)) {
      problems.add(new FieldProblem("answeredOn", "cannot be in the future"));
    } else if (answeredOn.isBefore(notifiedOn)) {
      problems.add(
          new FieldProblem("answeredOn", "cannot be before the notification (" + notifiedOn + ")"));
    }
    String ref = answerReference == null ? "" : answerReference.strip();
    if (ref.isEmpty()) {
      problems.add(new FieldProblem("answerReference", "is required"));
    } else if (ref.length() > 100) {
      problems.add(new FieldProblem("answerReference", "may have at most 100 characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CatchAllNotificationOutcome(outcome, answeredOn, ref);
  }
}
