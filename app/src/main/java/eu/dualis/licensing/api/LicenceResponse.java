package eu.dualis.licensing.api;

import eu.dualis.licensing.model.Licence;
import eu.dualis.licensing.service.RegisteredLicence;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A licence with what is left of it. {@code status} is today's (EXPIRED once valid-to passed);
 * {@code recordedStatus} what the officer recorded. {@code usages} and {@code alerts} only when one
 * licence is read.
 */
public record LicenceResponse(
    String id,
    String kind,
    String number,
    String authority,
    String holder,
    LocalDate validFrom,
    LocalDate validTo,
    Long daysLeft,
    String status,
    String recordedStatus,
    List<String> entryCodes,
    List<String> destinations,
    BigDecimal quantityLimit,
    String quantityUnit,
    BigDecimal remainingQuantity,
    BigDecimal valueLimit,
    BigDecimal remainingValue,
    String conditions,
    LocalDate registeredOn,
    String reportingDuty,
    String legalBasis,
    Instant createdAt,
    Instant updatedAt,
    long version,
    List<UsageResponse> usages,
    List<AlertResponse> alerts) {

  static LicenceResponse of(RegisteredLicence r) {
    Licence l = r.licence();
    var d = l.details();
    return new LicenceResponse(
        l.id(),
        d.kind().name(),
        d.number(),
        d.authority(),
        d.holder(),
        d.validFrom(),
        d.validTo(),
        r.daysLeft(),
        r.status().name(),
        d.status().name(),
        d.entryCodes(),
        d.destinations(),
        d.quantityLimit(),
        d.quantityUnit(),
        r.remainingQuantity(),
        d.valueLimit(),
        r.remainingValue(),
        d.conditions(),
        d.registeredOn(),
        d.reportingDuty(),
        d.kind().legalBasis(),
        l.createdAt(),
        l.updatedAt(),
        l.version(),
        null,
        null);
  }

  LicenceResponse with(List<UsageResponse> usages, List<AlertResponse> alerts) {
    return new LicenceResponse(
        id,
        kind,
        number,
        authority,
        holder,
        validFrom,
        validTo,
        daysLeft,
        status,
        recordedStatus,
        entryCodes,
        destinations,
        quantityLimit,
        quantityUnit,
        remainingQuantity,
        valueLimit,
        remainingValue,
        conditions,
        registeredOn,
        reportingDuty,
        legalBasis,
        createdAt,
        updatedAt,
        version,
        usages,
        alerts);
  }
}
