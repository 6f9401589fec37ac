package eu.dualis.duediligence.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an officer enters in a due-diligence file while it is a draft. A draft may be incomplete
 * (flags unanswered, no risk yet); {@link #validated()} checks only what is there, and completeness
 * is checked when the file is decided.
 *
 * @param item the item and its capabilities, in the exporter's words
 */
public record DueDiligenceInput(
    String exportCheckId,
    String endUserPartyId,
    String consigneePartyId,
    List<String> productIds,
    String destination,
    String item,
    String statedEndUse,
    List<RedFlagAnswer> redFlags,
    RiskLevel riskLevel,
    String riskAssessment,
    String mitigations) {

  public static final int TEXT_MAX = 20_000;
  public static final int ID_MAX = 36;

  public DueDiligenceInput {
    productIds = productIds == null ? List.of() : List.copyOf(productIds);
    redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
  }

  /** A copy with blanks as nulls and the country in upper case; every problem listed. */
  public DueDiligenceInput validated() {
    List<FieldProblem> problems = new ArrayList<>();
    String endUser = blankToNull(endUserPartyId);
    if (endUser == null) {
      problems.add(new FieldProblem("endUserPartyId", "is required: the end user's party id"));
    }
    checkId(problems, "endUserPartyId", endUser);
    String consignee = blankToNull(consigneePartyId);
    checkId(problems, "consigneePartyId", consignee);
    String check = blankToNull(exportCheckId);
    checkId(problems, "exportCheckId", check);
    Set<String> products = new LinkedHashSet<>();
    for (String p : productIds) {
      String id = blankToNull(p);
      if (id != null) {
        checkId(problems, "productIds", id);
        products.add(id);
      }
    }
    if (products.isEmpty()) {
      problems.add(new FieldProblem("productIds", "at least one product is required"));
    }
    String country = blankToNull(destination);
    if (country == null || !country.matches("[A-Za-z]{2}")) {
      problems.add(
          new FieldProblem("destination", "is required: the ISO 3166 two-letter country code"));
    } else {
      country = country.toUpperCase(Locale.ROOT);
    }
    checkText(problems, "item", item);
    checkText(problems, "statedEndUse", statedEndUse);
    checkText(problems, "riskAssessment", riskAssessment);
    checkText(problems, "mitigations", mitigations);
    Set<String> seen = new HashSet<>();
    for (RedFlagAnswer a : redFlags) {
      String field = "redFlags." + (a == null ? "?" : a.code());
      if (a == null || RedFlagCatalogue.find(a.code()).isEmpty()) {
        problems.add(new FieldProblem(field, "is not a red flag of the catalogue"));
      } else if (!seen.add(a.code())) {
        problems.add(new FieldProblem(field, "is answered twice"));
      } else if (a.answer() == null) {
        problems.add(new FieldProblem(field, "needs an answer: PRESENT, ABSENT or NOT_KNOWN"));
      } else if (a.answer() == FlagAnswer.PRESENT && a.evidence() == null) {
        // Recommendation (EU) 2024/2659: a red flag found must be documented with its evidence.
        problems.add(
            new FieldProblem(
                field + ".evidence",
                "is required when the red flag is PRESENT: say what shows it"));
      } else if (a.evidence() != null && a.evidence().length() > TEXT_MAX) {
        problems.add(new FieldProblem(field + ".evidence", "may have at most " + TEXT_MAX));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new DueDiligenceInput(
        check,
        endUser,
        consignee,
        List.copyOf(products),
        country,
        blankToNull(item),
        blankToNull(statedEndUse),
        redFlags,
        riskLevel,
        blankToNull(riskAssessment),
        blankToNull(mitigations));
  }

  private static void checkId(List<FieldProblem> problems, String field, String id) {
    if (id != null && id.length() > ID_MAX) {
      problems.add(new FieldProblem(field, "is not an id (at most " + ID_MAX + " characters)"));
    }
  }

  private static void checkText(List<FieldProblem> problems, String field, String text) {
    if (text != null && text.length() > TEXT_MAX) {
      problems.add(new FieldProblem(field, "may have at most " + TEXT_MAX + " characters"));
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
