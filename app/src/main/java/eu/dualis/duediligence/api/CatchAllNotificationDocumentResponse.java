package eu.dualis.duediligence.api;

import eu.dualis.duediligence.model.CatchAllNotificationDocument;
import java.time.Instant;

/** A document of a notification, without its content (download it by its id). */
public record CatchAllNotificationDocumentResponse(
    String id,
    String notificationId,
    String filename,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {

  static CatchAllNotificationDocumentResponse of(CatchAllNotificationDocument d) {
    return new CatchAllNotificationDocumentResponse(
        d.id(),
        d.notificationId(),
        d.filename(),
        d.contentType(),
        d.size(),
        d.sha256(),
        d.uploadedBy(),
        d.uploadedAt());
  }
}
