package eu.dualis.licensing.service;

public record LicenceAlertView(
    String alertId,
    String licenceId,
    String number,
    eu.dualis.licensing.model.LicenceKind kind,
    String alertKind,
    java.time.LocalDate validTo,
    java.time.Instant raisedAt) {}
