package eu.dualis.duediligence.api;

import eu.dualis.duediligence.model.CatchAllNotificationOutcome;
import eu.dualis.duediligence.model.NotificationStatus;
import eu.dualis.platform.api.QueryParams;

/**
 * The answer to a notification: {@code outcome} LICENCE_REQUIRED, NO_LICENCE_REQUIRED or WITHDRAWN,
 * with the answer's date and reference; {@code version} optional (checked if sent).
 */
public record CatchAllNotificationOutcomeRequest(
    String outcome, String answeredOn, String answerReference, Long version) {

  CatchAllNotificationOutcome toOutcome() {
    return new CatchAllNotificationOutcome(
        QueryParams.enumValue(NotificationStatus.class, "outcome", outcome),
        CatchAllNotificationRequest.date("answeredOn", answeredOn),
        answerReference);
  }
}
