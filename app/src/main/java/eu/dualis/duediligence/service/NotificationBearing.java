package eu.dualis.duediligence.service;

public record NotificationBearing(
    String id,
    String direction,
    String article,
    String reference,
    eu.dualis.duediligence.model.NotificationStatus status,
    String productId,
    String partyId,
    String destination,
    java.time.LocalDate date) {
  public String articleLabel() {
    return article;
  }
}
