package eu.dualis.duediligence.service;

import eu.dualis.duediligence.model.CatchAllNotification;

/** What the audit trail keeps of a catch-all notification; its own shape, not the API's. */
public record CatchAllNotificationSnapshot(
    String direction,
    String article,
    String authority,
    String reference,
    String date,
    String productId,
    String partyId,
    String destination,
    String dueDiligenceFileId,
    String notes,
    String status,
    String answeredOn,
    String answerReference) {

  static CatchAllNotificationSnapshot of(CatchAllNotification n) {
    return new CatchAllNotificationSnapshot(
        n.direction().name(),
        n.article().label(),
        n.authority(),
        n.reference(),
        n.date().toString(),
        n.productId(),
        n.partyId(),
        n.destination(),
        n.dueDiligenceFileId(),
        n.notes(),
        n.status().name(),
        n.answeredOn() == null ? null : n.answeredOn().toString(),
        n.answerReference());
  }

  /** What the trail keeps of an uploaded document: its name, type, size and fingerprint. */
  public record Document(
      String notificationId, String filename, String contentType, long size, String sha256) {}
}
