package eu.dualis.licensing.api;

import eu.dualis.licensing.service.UsageInput;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One export to record against a licence; {@code shippedOn} as YYYY-MM-DD, value in EUR. */
public record UsageRequest(
    String exportReference,
    String exportCheckId,
    String entryCode,
    String shippedOn,
    BigDecimal quantity,
    BigDecimal value) {

  UsageInput input() {
    List<FieldProblem> problems = new ArrayList<>();
    var shipped = Dates.parse("shippedOn", shippedOn, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new UsageInput(exportReference, exportCheckId, entryCode, shipped, quantity, value);
  }
}
