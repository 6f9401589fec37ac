package eu.dualis.exportcheck.service;

public record EmbargoRegime(
    String country, String regime, String legalAct, String measure, java.time.LocalDate since) {
  public boolean targetedOnly() {
    return "TARGETED_ONLY".equals(measure);
  }
}
