package eu.dualis.licensing.api;

import eu.dualis.licensing.model.LicenceAlert;
import eu.dualis.licensing.service.LicenceAlertView;
import java.time.Instant;
import java.time.LocalDate;

/** A licence alert; {@code number}, {@code kind} and {@code validTo} describe its licence. */
public record AlertResponse(
    String id,
    String licenceId,
    String number,
    String kind,
    String alertKind,
    LocalDate validTo,
    Instant raisedAt,
    String acknowledgedBy,
    Instant acknowledgedAt) {

  static AlertResponse of(LicenceAlertView v) {
    return new AlertResponse(
        v.alertId(),
        v.licenceId(),
        v.number(),
        v.kind().name(),
        v.alertKind(),
        v.validTo(),
        v.raisedAt(),
        null,
        null);
  }

  static AlertResponse of(LicenceAlert a, LicenceResponse licence) {
    return new AlertResponse(
        a.id(),
        a.licenceId(),
        licence.number(),
        licence.kind(),
        a.kind().name(),
        licence.validTo(),
        a.raisedAt(),
        a.acknowledgedBy(),
        a.acknowledgedAt());
  }
}
