package eu.dualis.licensing.api;

import eu.dualis.licensing.model.LicenceDetails;
import eu.dualis.licensing.model.LicenceKind;
import eu.dualis.licensing.model.LicenceStatus;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A licence as a client sends it; dates as YYYY-MM-DD; {@code status} defaults to ACTIVE; {@code
 * version} is required to change one.
 */
public record LicenceRequest(
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
    Long version) {

  LicenceDetails details() {
    List<FieldProblem> problems = new ArrayList<>();
    LicenceKind k = null;
    LicenceStatus s = LicenceStatus.ACTIVE;
    try {
      k = QueryParams.enumValue(LicenceKind.class, "kind", kind);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    try {
      if (status != null && !status.isBlank()) {
        s = QueryParams.enumValue(LicenceStatus.class, "status", status);
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    var from = Dates.parse("validFrom", validFrom, problems);
    var to = Dates.parse("validTo", validTo, problems);
    var registered = Dates.parse("registeredOn", registeredOn, problems);
    LicenceDetails details =
        new LicenceDetails(
            k,
            number,
            authority,
            holder,
            from,
            to,
            s,
            entryCodes,
            destinations,
            quantityLimit,
            quantityUnit,
            valueLimit,
            conditions,
            registered,
            reportingDuty);
    if (!problems.isEmpty()) {
      // Report the unreadable fields together with what else is wrong.
      try {
        details.validated();
      } catch (InvalidInputException e) {
        e.problems().stream()
            .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
            .forEach(problems::add);
      }
      throw new InvalidInputException(problems);
    }
    return details;
  }
}
