package eu.dualis.duediligence.api;

import eu.dualis.duediligence.model.DueDiligenceInput;
import eu.dualis.duediligence.model.FlagAnswer;
import eu.dualis.duediligence.model.RedFlagAnswer;
import eu.dualis.duediligence.model.RiskLevel;
import eu.dualis.platform.api.QueryParams;
import java.util.List;

/** A due-diligence file as a client sends it; {@code version} is required to change one. */
public record DueDiligenceRequest(
    String exportCheckId,
    String endUserPartyId,
    String consigneePartyId,
    List<String> productIds,
    String destination,
    String item,
    String statedEndUse,
    List<Flag> redFlags,
    String riskLevel,
    String riskAssessment,
    String mitigations,
    Long version) {

  /** One answered red flag: answer PRESENT, ABSENT or NOT_KNOWN. */
  public record Flag(String code, String answer, String evidence) {}

  DueDiligenceInput input() {
    List<RedFlagAnswer> answers =
        redFlags == null
            ? List.of()
            : redFlags.stream()
                .map(
                    f ->
                        f == null
                            ? null
                            : new RedFlagAnswer(
                                f.code(),
                                QueryParams.enumValue(
                                    FlagAnswer.class,
                                    "redFlags." + f.code() + ".answer",
                                    f.answer()),
                                f.evidence()))
                .toList();
    return new DueDiligenceInput(
        exportCheckId,
        endUserPartyId,
        consigneePartyId,
        productIds,
        destination,
        item,
        statedEndUse,
        answers,
        QueryParams.enumValue(RiskLevel.class, "riskLevel", riskLevel),
        riskAssessment,
        mitigations);
  }
}
