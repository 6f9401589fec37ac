package eu.dualis.licensing.service;

import eu.dualis.licensing.model.LicenceKind;
import java.time.Instant;
import java.time.LocalDate;

/** An open alert as the officer's dashboard shows it. */
public record LicenceAlertView(
    String alertId,
    String licenceId,
    String number,
    LicenceKind kind,
    String alertKind,
    LocalDate validTo,
    Instant raisedAt) {}
