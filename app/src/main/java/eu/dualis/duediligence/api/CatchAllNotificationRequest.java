package eu.dualis.duediligence.api;

import eu.dualis.duediligence.model.CatchAllNotificationDetails;
import eu.dualis.duediligence.model.NotificationArticle;
import eu.dualis.duediligence.model.NotificationDirection;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A catch-all notification as a client sends it. {@code article}: ART_4_1_A, ART_4_1_B, ART_4_1_C,
 * ART_4_2, ART_5_1 or ART_5_2; {@code date} (yyyy-MM-dd) the day it was received or sent; {@code
 * version} is required to change one.
 */
public record CatchAllNotificationRequest(
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
    Long version) {

  CatchAllNotificationDetails details() {
    return new CatchAllNotificationDetails(
        QueryParams.enumValue(NotificationDirection.class, "direction", direction),
        QueryParams.enumValue(NotificationArticle.class, "article", article),
        authority,
        reference,
        date("date", date),
        productId,
        partyId,
        destination,
        dueDiligenceFileId,
        notes);
  }

  static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "must be a date (yyyy-MM-dd)");
    }
  }
}
