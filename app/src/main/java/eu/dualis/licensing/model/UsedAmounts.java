package eu.dualis.licensing.model;

import java.math.BigDecimal;

/** The sums of a licence's usages: quantity and value (EUR), zero when none was stated. */
public record UsedAmounts(BigDecimal quantity, BigDecimal value) {

  public static final UsedAmounts NONE = new UsedAmounts(BigDecimal.ZERO, BigDecimal.ZERO);

  public UsedAmounts {
    quantity = quantity == null ? BigDecimal.ZERO : quantity;
    value = value == null ? BigDecimal.ZERO : value;
  }
}
