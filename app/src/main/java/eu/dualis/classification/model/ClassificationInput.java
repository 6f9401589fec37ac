package eu.dualis.classification.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What an officer enters to classify a product, checked as a whole. */
public record ClassificationInput(
    String controlListVersionId,
    ClassificationOutcome outcome,
    List<String> entryCodes,
    String notListedReason,
    CyberSurveillance cyberSurveillance,
    String rationale,
    List<String> documentReferences) {

  /** Checks the rules that do not need the database; returns the parsed codes. */
  public Set<EntryCode> validatedCodes() {
    List<FieldProblem> problems = new ArrayList<>();
    if (controlListVersionId == null || controlListVersionId.isBlank()) {
      problems.add(new FieldProblem("controlListVersionId", "is required"));
    }
    if (outcome == null) {
      problems.add(new FieldProblem("outcome", "is required: LISTED or NOT_LISTED"));
    }
    Set<EntryCode> codes = new LinkedHashSet<>();
    for (String text : entryCodes == null ? List.<String>of() : entryCodes) {
      EntryCode.parse(text)
          .ifPresentOrElse(
              codes::add,
              () ->
                  problems.add(
                      new FieldProblem("entryCodes", "'" + text + "' is not an entry code")));
    }
    if (outcome == ClassificationOutcome.LISTED && codes.isEmpty() && problems.isEmpty()) {
      problems.add(new FieldProblem("entryCodes", "a listed item needs at least one entry code"));
    }
    if (outcome == ClassificationOutcome.NOT_LISTED) {
      if (!codes.isEmpty()) {
        problems.add(new FieldProblem("entryCodes", "must be empty for a not-listed item"));
      }
      if (blank(notListedReason)) {
        problems.add(new FieldProblem("notListedReason", "is required for a not-listed item"));
      }
    }
    if (cyberSurveillance == null) {
      problems.add(
          new FieldProblem("cyberSurveillance", "is required: NO, LISTED or ART5_RELEVANT"));
    } else if (cyberSurveillance == CyberSurveillance.LISTED
        && outcome != ClassificationOutcome.LISTED) {
      problems.add(
          new FieldProblem("cyberSurveillance", "LISTED needs a listed outcome with entry codes"));
    } else if (cyberSurveillance == CyberSurveillance.ART5_RELEVANT
        && outcome != ClassificationOutcome.NOT_LISTED) {
      // Art. 5 is the catch-all for cyber-surveillance items NOT listed in Annex I.
      problems.add(
          new FieldProblem(
              "cyberSurveillance", "ART5_RELEVANT applies to not-listed items (Art. 5)"));
    }
    if (blank(rationale)) {
      problems.add(new FieldProblem("rationale", "is required: why this result"));
    } else if (rationale.length() > 20_000) {
      problems.add(new FieldProblem("rationale", "must be at most 20000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return codes;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
