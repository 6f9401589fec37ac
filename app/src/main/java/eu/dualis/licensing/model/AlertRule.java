package eu.dualis.licensing.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a licence needs a warning: 90, 30 and 7 days before its last valid day, and when what is
 * left of a quantity or value limit is at or below a share of it. Only the most urgent expiry
 * warning is due: a licence first seen 20 days before its end gets EXPIRY_30, not also EXPIRY_90.
 * Art. 12 authorisations end on their date; exporting after it needs a new one.
 */
public final class AlertRule {

  private final int lowRemainingPercent;

  public AlertRule(int lowRemainingPercent) {
    if (lowRemainingPercent < 0 || lowRemainingPercent > 100) {
      throw new IllegalArgumentException("a percentage between 0 and 100: " + lowRemainingPercent);
    }
    this.lowRemainingPercent = lowRemainingPercent;
  }

  public Set<AlertKind> due(CoverCandidate candidate, LocalDate today) {
    Licence licence = candidate.licence();
    Set<AlertKind> due = EnumSet.noneOf(AlertKind.class);
    if (licence.statusOn(today) != LicenceStatus.ACTIVE) {
      return due;
    }
    if (licence.validTo() != null) {
      long daysLeft = ChronoUnit.DAYS.between(today, licence.validTo());
      for (AlertKind kind :
          new AlertKind[] {AlertKind.EXPIRY_7, AlertKind.EXPIRY_30, AlertKind.EXPIRY_90}) {
        if (daysLeft <= kind.daysBefore()) {
          due.add(kind);
          break;
        }
      }
    }
    if (low(licence.quantityLimit(), candidate.remainingQuantity())) {
      due.add(AlertKind.LOW_QUANTITY);
    }
    if (low(licence.valueLimit(), candidate.remainingValue())) {
      due.add(AlertKind.LOW_VALUE);
    }
    return due;
  }

  private boolean low(BigDecimal limit, BigDecimal remaining) {
    if (limit == null || remaining == null || limit.signum() <= 0) {
      return false;
    }
    BigDecimal threshold =
        limit.multiply(BigDecimal.valueOf(lowRemainingPercent)).divide(BigDecimal.valueOf(100));
    return remaining.compareTo(threshold) <= 0;
  }
}
