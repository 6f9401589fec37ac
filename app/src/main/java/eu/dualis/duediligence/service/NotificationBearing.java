package eu.dualis.duediligence.service;

import eu.dualis.duediligence.model.CatchAllNotification;
import eu.dualis.duediligence.model.NotificationArticle;
import eu.dualis.duediligence.model.NotificationDirection;
import eu.dualis.duediligence.model.NotificationStatus;
import java.time.LocalDate;
import java.util.Set;

/**
 * A catch-all notification as the export check and the dashboard see it: what it concerns and
 * whether it is still open.
 *
 * @param date the day it was received from or sent to the authority
 */
public record NotificationBearing(
    String id,
    NotificationDirection direction,
    NotificationArticle article,
    String reference,
    NotificationStatus status,
    String productId,
    String partyId,
    String destination,
    LocalDate date) {

  static NotificationBearing of(CatchAllNotification n) {
    return new NotificationBearing(
        n.id(),
        n.direction(),
        n.article(),
        n.reference(),
        n.status(),
        n.productId(),
        n.partyId(),
        n.destination(),
        n.date());
  }

  /** The article as users read it, e.g. "Art. 5(2)". */
  public String articleLabel() {
    return article.label();
  }

  /**
   * Whether this notification concerns an export of these products to these parties and this
   * destination: every concern it names must match (Art. 4(1) and 5(1) bind the exporter for the
   * items, end user or destination the authority named; no more). One naming nothing concerns
   * nothing.
   */
  public boolean concerns(Set<String> productIds, Set<String> partyIds, String destinationIso2) {
    if (productId == null && partyId == null && destination == null) {
      return false;
    }
    boolean product = productId == null || productIds.contains(productId);
    boolean party = partyId == null || partyIds.contains(partyId);
    boolean country =
        destination == null
            || (destinationIso2 != null && destination.equalsIgnoreCase(destinationIso2.strip()));
    return product && party && country;
  }
}
