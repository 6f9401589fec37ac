package eu.dualis.licensing.service;

import eu.dualis.licensing.model.CoverCandidate;
import eu.dualis.licensing.model.Licence;
import eu.dualis.licensing.model.LicenceStatus;
import eu.dualis.licensing.model.UsedAmounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A licence in the register with what is left of it and its status today. */
public record RegisteredLicence(
    Licence licence, BigDecimal remainingQuantity, BigDecimal remainingValue, LocalDate today) {

  static RegisteredLicence of(Licence licence, UsedAmounts used, LocalDate today) {
    CoverCandidate c = new CoverCandidate(licence, used.quantity(), used.value());
    return new RegisteredLicence(licence, c.remainingQuantity(), c.remainingValue(), today);
  }

  public LicenceStatus status() {
    return licence.statusOn(today);
  }

  /** Days until the last valid day (negative once passed); null when it has no end date. */
  public Long daysLeft() {
    return licence.validTo() == null ? null : ChronoUnit.DAYS.between(today, licence.validTo());
  }

  /** Ends within 90 days: the register highlights it. */
  public boolean endingSoon() {
    Long days = daysLeft();
    return days != null && days >= 0 && days <= 90 && status() == LicenceStatus.ACTIVE;
  }
}
