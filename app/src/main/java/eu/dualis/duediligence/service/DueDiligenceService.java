package eu.dualis.duediligence.service;

@jakarta.enterprise.context.ApplicationScoped
public class DueDiligenceService {
  public java.util.Optional<DueDiligenceClearance> decisionFor(
      String endUserPartyId, String productId) {
    return java.util.Optional.empty();
  }

  public java.util.List<DueDiligenceSummary> open() {
    return java.util.List.of();
  }
}
