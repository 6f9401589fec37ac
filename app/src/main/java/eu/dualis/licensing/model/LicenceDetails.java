package eu.dualis.licensing.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What an officer enters about a licence, checked as a whole: every problem is reported with its
 * field, and nothing is stored while one remains.
 *
 * @param entryCodes Annex I codes the licence covers; each covers its sub-items. May be empty only
 *     for an EU001 registration, which covers Annex I except the items Annex II excludes.
 * @param destinations ISO 3166-1 alpha-2 codes; may be empty only for EU001 (its own list applies)
 * @param status ACTIVE, SUSPENDED or REVOKED; EXPIRED follows from the date and is never entered
 */
public record LicenceDetails(
    LicenceKind kind,
    String number,
    String authority,
    String holder,
    LocalDate validFrom,
    LocalDate validTo,
    LicenceStatus status,
    List<String> entryCodes,
    List<String> destinations,
    BigDecimal quantityLimit,
    String quantityUnit,
    BigDecimal valueLimit,
    String conditions,
    LocalDate registeredOn,
    String reportingDuty) {

  public static final int CODES_MAX_CHARS = 4000;
  public static final int CONDITIONS_MAX = 10_000;

  public LicenceDetails {
    entryCodes = entryCodes == null ? List.of() : List.copyOf(entryCodes);
    destinations = destinations == null ? List.of() : List.copyOf(destinations);
  }

  public LicenceDetails validated() {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(
          new FieldProblem(
              "kind", "is required: INDIVIDUAL, GLOBAL, NATIONAL_GENERAL" + " or EU001 to EU008"));
    }
    String n = text(number, "number", 100, true, problems);
    String a = text(authority, "authority", 300, true, problems);
    String h = text(holder, "holder", 300, true, problems);
    boolean union = kind != null && kind.isUnionGeneral();
    if (validFrom == null) {
      problems.add(new FieldProblem("validFrom", "is required (YYYY-MM-DD)"));
    }
    // A Union general authorisation has no end date; the registration lasts as long as it does.
    if (validTo == null && kind != null && !union) {
      problems.add(new FieldProblem("validTo", "is required for an " + kind + " licence"));
    }
    if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
      problems.add(
          new FieldProblem("validTo", "must not be before valid from (" + validFrom + ")"));
    }
    if (status == null) {
      problems.add(new FieldProblem("status", "is required: ACTIVE, SUSPENDED or REVOKED"));
    } else if (status == LicenceStatus.EXPIRED) {
      problems.add(
          new FieldProblem(
              "status", "EXPIRED follows from valid to; enter ACTIVE, SUSPENDED or" + " REVOKED"));
    }
    List<String> codes = codes(problems);
    List<String> countries = countries(problems);
    boolean eu001 = kind == LicenceKind.EU001;
    if (codes.isEmpty() && kind != null && !eu001) {
      problems.add(new FieldProblem("entryCodes", "name at least one Annex I entry code"));
    }
    if (countries.isEmpty() && kind != null && !eu001) {
      problems.add(new FieldProblem("destinations", "name at least one destination country"));
    }
    String unit = text(quantityUnit, "quantityUnit", 20, false, problems);
    if (quantityLimit != null && quantityLimit.signum() < 0) {
      problems.add(new FieldProblem("quantityLimit", "must not be negative"));
    }
    if (quantityLimit != null && unit == null) {
      problems.add(
          new FieldProblem("quantityUnit", "is required with a quantity limit (e.g. pcs, kg)"));
    }
    if (valueLimit != null && valueLimit.signum() < 0) {
      problems.add(new FieldProblem("valueLimit", "must not be negative"));
    }
    String c = text(conditions, "conditions", CONDITIONS_MAX, false, problems);
    if (union && registeredOn == null) {
      problems.add(
          new FieldProblem("registeredOn", "is required for a registration to use " + kind));
    }
    String duty = text(reportingDuty, "reportingDuty", 1000, false, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new LicenceDetails(
        kind,
        n,
        a,
        h,
        validFrom,
        validTo,
        status,
        codes,
        countries,
        quantityLimit,
        unit,
        valueLimit,
        c,
        union ? registeredOn : null,
        union ? duty : null);
  }

  private List<String> codes(List<FieldProblem> problems) {
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    for (String written : entryCodes) {
      if (written == null || written.isBlank()) {
        continue;
      }
      var code = LicensedCode.parse(written);
      if (code.isEmpty()) {
        problems.add(
            new FieldProblem(
                "entryCodes",
                "'"
                    + written.strip()
                    + "' is not an Annex I entry code"
                    + " such as 5A002 or 5A002.a.1"));
      } else {
        codes.add(code.get().value());
      }
    }
    if (String.join(" ", codes).length() > CODES_MAX_CHARS) {
      problems.add(
          new FieldProblem(
              "entryCodes", "must be at most " + CODES_MAX_CHARS + " characters together"));
    }
    return List.copyOf(codes);
  }

  private List<String> countries(List<FieldProblem> problems) {
    LinkedHashSet<String> countries = new LinkedHashSet<>();
    for (String written : destinations) {
      if (written == null || written.isBlank()) {
        continue;
      }
      String code = written.strip().toUpperCase(Locale.ROOT);
      if (!CountryCodes.isKnown(code)) {
        problems.add(
            new FieldProblem(
                "destinations",
                "'"
                    + written.strip()
                    + "' is not an ISO 3166-1"
                    + " alpha-2 country code such as US or JP"));
      } else {
        countries.add(code);
      }
    }
    return List.copyOf(countries);
  }

  private static String text(
      String value, String field, int max, boolean required, List<FieldProblem> problems) {
    String t = value == null || value.isBlank() ? null : value.strip();
    if (t == null && required) {
      problems.add(new FieldProblem(field, "is required"));
    } else if (t != null && t.length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
    return t;
  }
}
