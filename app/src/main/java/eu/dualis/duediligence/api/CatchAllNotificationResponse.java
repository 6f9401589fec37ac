package eu.dualis.duediligence.api;

import eu.dualis.duediligence.model.CatchAllNotification;
import java.time.Instant;
import java.time.LocalDate;

/** A catch-all notification with its status and, once recorded, its outcome. */
public record CatchAllNotificationResponse(
    String id,
    String direction,
    String article,
    String articleLabel,
    String authority,
    String reference,
    LocalDate date,
    String productId,
    String partyId,
    String destination,
    String dueDiligenceFileId,
    String notes,
    String status,
    LocalDate answeredOn,
    String answerReference,
    String outcomeRecordedBy,
    Instant outcomeRecordedAt,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  static CatchAllNotificationResponse of(CatchAllNotification n) {
    return new CatchAllNotificationResponse(
        n.id(),
        n.direction().name(),
        n.article().name(),
        n.article().label(),
        n.authority(),
        n.reference(),
        n.date(),
        n.productId(),
        n.partyId(),
        n.destination(),
        n.dueDiligenceFileId(),
        n.notes(),
        n.status().name(),
        n.answeredOn(),
        n.answerReference(),
        n.outcomeRecordedBy(),
        n.outcomeRecordedAt(),
        n.createdBy(),
        n.createdAt(),
        n.updatedAt(),
        n.version());
  }
}
