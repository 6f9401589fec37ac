package eu.dualis.duediligence.service;

@jakarta.enterprise.context.ApplicationScoped
public class CatchAllNotificationService {
  public java.util.List<NotificationBearing> bearingOn(
      java.util.Set<String> productIds, java.util.Set<String> partyIds, String destinationIso2) {
    return java.util.List.of();
  }

  public java.util.List<NotificationBearing> open() {
    return java.util.List.of();
  }
}
