package eu.dualis.licensing.service;

import eu.dualis.licensing.model.Licence;
import java.math.BigDecimal;
import java.util.List;

/** What the audit trail keeps of a licence; its own shape, not the API's. */
public record LicenceSnapshot(
    String kind,
    String number,
    String authority,
    String holder,
    String validFrom,
    String validTo,
    String status,
    List<String> entryCodes,
    List<String> destinations,
    BigDecimal quantityLimit,
    String quantityUnit,
    BigDecimal valueLimit,
    String conditions,
    String registeredOn,
    String reportingDuty,
    long version) {

  static LicenceSnapshot of(Licence l) {
    var d = l.details();
    return new LicenceSnapshot(
        d.kind().name(),
        d.number(),
        d.authority(),
        d.holder(),
        String.valueOf(d.validFrom()),
        d.validTo() == null ? null : d.validTo().toString(),
        d.status().name(),
        d.entryCodes(),
        d.destinations(),
        d.quantityLimit(),
        d.quantityUnit(),
        d.valueLimit(),
        d.conditions(),
        d.registeredOn() == null ? null : d.registeredOn().toString(),
        d.reportingDuty(),
        l.version());
  }
}
