package eu.dualis.licensing.api;

import eu.dualis.licensing.model.LicenceUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One recorded usage of a licence. */
public record UsageResponse(
    String id,
    String licenceId,
    String exportReference,
    String exportCheckId,
    String entryCode,
    LocalDate shippedOn,
    BigDecimal quantity,
    BigDecimal value,
    String recordedBy,
    Instant recordedAt) {

  static UsageResponse of(LicenceUsage u) {
    return new UsageResponse(
        u.id(),
        u.licenceId(),
        u.exportReference(),
        u.exportCheckId(),
        u.entryCode(),
        u.shippedOn(),
        u.quantity(),
        u.value(),
        u.recordedBy(),
        u.recordedAt());
  }
}
