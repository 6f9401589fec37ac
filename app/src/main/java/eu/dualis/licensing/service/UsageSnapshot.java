package eu.dualis.licensing.service;

import eu.dualis.licensing.model.LicenceUsage;
import java.math.BigDecimal;

/** What the audit trail keeps of a recorded usage. */
public record UsageSnapshot(
    String licenceId,
    String exportReference,
    String exportCheckId,
    String entryCode,
    String shippedOn,
    BigDecimal quantity,
    BigDecimal value) {

  static UsageSnapshot of(LicenceUsage u) {
    return new UsageSnapshot(
        u.licenceId(),
        u.exportReference(),
        u.exportCheckId(),
        u.entryCode(),
        u.shippedOn().toString(),
        u.quantity(),
        u.value());
  }
}
