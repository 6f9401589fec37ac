package eu.dualis.licensing.service;

import eu.dualis.licensing.model.Licence;
import eu.dualis.licensing.model.LicensedCode;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One export to record against a licence.
 *
 * @param exportCheckId the export check that released it, when there was one
 * @param quantity in the licence's unit; null when the licence sets no quantity limit
 * @param value EUR; null when not stated
 */
public record UsageInput(
    String exportReference,
    String exportCheckId,
    String entryCode,
    LocalDate shippedOn,
    BigDecimal quantity,
    BigDecimal value) {

  /** The usage's entry code, once every field was checked against the licence. */
  LicensedCode validatedFor(Licence licence) {
    List<FieldProblem> problems = new ArrayList<>();
    if (exportReference == null || exportReference.isBlank()) {
      problems.add(new FieldProblem("exportReference", "is required"));
    } else if (exportReference.strip().length() > 100) {
      problems.add(new FieldProblem("exportReference", "must be at most 100 characters"));
    }
    if (exportCheckId != null && exportCheckId.strip().length() > 36) {
      problems.add(new FieldProblem("exportCheckId", "must be an export check id"));
    }
    LicensedCode code = LicensedCode.parse(entryCode).orElse(null);
    if (code == null) {
      problems.add(
          new FieldProblem("entryCode", "is required: an Annex I entry code such as 5A002.a.1"));
    } else if (!licence.codes().isEmpty()
        && licence.codes().stream().noneMatch(c -> c.covers(code))) {
      problems.add(
          new FieldProblem("entryCode", code + " is not covered by licence " + licence.number()));
    }
    if (shippedOn == null) {
      problems.add(new FieldProblem("shippedOn", "is required (YYYY-MM-DD)"));
    }
    if (quantity != null && quantity.signum() <= 0) {
      problems.add(new FieldProblem("quantity", "must be more than 0"));
    }
    if (quantity == null && licence.quantityLimit() != null) {
      problems.add(
          new FieldProblem(
              "quantity",
              "is required: the licence limits the quantity (" + licence.quantityUnit() + ")"));
    }
    if (value != null && value.signum() < 0) {
      problems.add(new FieldProblem("value", "must not be negative"));
    }
    if (value == null && licence.valueLimit() != null) {
      problems.add(new FieldProblem("value", "is required: the licence limits the value (EUR)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return code;
  }
}
