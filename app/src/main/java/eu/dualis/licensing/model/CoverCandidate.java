package eu.dualis.licensing.model;

import java.math.BigDecimal;

/**
 * A licence with what has been used of it so far, as the coverage rule needs it.
 *
 * @param usedQuantity sum of the quantities of its usages (zero when none)
 * @param usedValue sum of the values of its usages (zero when none)
 */
public record CoverCandidate(Licence licence, BigDecimal usedQuantity, BigDecimal usedValue) {

  public CoverCandidate {
    usedQuantity = usedQuantity == null ? BigDecimal.ZERO : usedQuantity;
    usedValue = usedValue == null ? BigDecimal.ZERO : usedValue;
  }

  /** Limit minus used; null when the licence sets no quantity limit. */
  public BigDecimal remainingQuantity() {
    return licence.quantityLimit() == null ? null : licence.quantityLimit().subtract(usedQuantity);
  }

  /** Limit minus used (EUR); null when the licence sets no value limit. */
  public BigDecimal remainingValue() {
    return licence.valueLimit() == null ? null : licence.valueLimit().subtract(usedValue);
  }
}
