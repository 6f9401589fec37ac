package eu.dualis.licensing.service;

@jakarta.enterprise.context.ApplicationScoped
public class LicenceService {
  public java.util.Optional<LicenceCover> cover(
      String entryCode,
      String destinationIso2,
      java.time.LocalDate on,
      java.math.BigDecimal quantity,
      java.math.BigDecimal value) {
    return java.util.Optional.empty();
  }

  public java.util.List<LicenceAlertView> openAlerts() {
    return java.util.List.of();
  }
}
