package eu.dualis.classification.api;

import eu.dualis.classification.model.ClassificationInput;
import eu.dualis.classification.model.ClassificationOutcome;
import eu.dualis.classification.model.CyberSurveillance;
import eu.dualis.platform.api.QueryParams;
import java.util.List;

/** A classification as a client sends it. */
public record ClassificationRequest(
    String controlListVersionId,
    String outcome,
    List<String> entryCodes,
    String notListedReason,
    String cyberSurveillance,
    String rationale,
    List<String> documentReferences) {

  ClassificationInput input() {
    return new ClassificationInput(
        controlListVersionId,
        QueryParams.enumValue(ClassificationOutcome.class, "outcome", outcome),
        entryCodes,
        notListedReason,
        QueryParams.enumValue(CyberSurveillance.class, "cyberSurveillance", cyberSurveillance),
        rationale,
        documentReferences);
  }
}
