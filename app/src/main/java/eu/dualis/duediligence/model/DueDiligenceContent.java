package eu.dualis.duediligence.model;

import eu.dualis.platform.model.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a due-diligence file says about the export: subject, parties, item, stated end use, red
 * flags and risk. The end user's name is kept as it was when the file was written.
 */
@Embeddable
public class DueDiligenceContent {

  @Column(name = "export_check_id", length = 36)
  private String exportCheckId;

  @Column(name = "end_user_party_id", nullable = false, length = 36)
  private String endUserPartyId;

  @Column(name = "end_user_name", nullable = false)
  private String endUserName;

  @Column(name = "consignee_party_id", length = 36)
  private String consigneePartyId;

  @Column(name = "product_ids", nullable = false)
  private String productIds;

  @Column(name = "destination", nullable = false, length = 2)
  private String destination;

  @Column(name = "item_description")
  private String item;

  @Column(name = "stated_end_use")
  private String statedEndUse;

  @Column(name = "red_flags")
  private String redFlags;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level")
  private RiskLevel riskLevel;

  @Column(name = "risk_assessment")
  private String riskAssessment;

  @Column(name = "mitigations")
  private String mitigations;

  protected DueDiligenceContent() {
    // for JPA
  }

  static DueDiligenceContent of(DueDiligenceInput valid, String endUserName) {
    DueDiligenceContent c = new DueDiligenceContent();
    c.exportCheckId = valid.exportCheckId();
    c.endUserPartyId = valid.endUserPartyId();
    c.endUserName = endUserName;
    c.consigneePartyId = valid.consigneePartyId();
    c.productIds = String.join(" ", valid.productIds());
    c.destination = valid.destination();
    c.item = valid.item();
    c.statedEndUse = valid.statedEndUse();
    c.redFlags = RedFlagAnswers.encode(valid.redFlags());
    c.riskLevel = valid.riskLevel();
    c.riskAssessment = valid.riskAssessment();
    c.mitigations = valid.mitigations();
    return c;
  }

  /** The content as input again, e.g. to prefill a form or copy it into a revision. */
  public DueDiligenceInput input() {
    return new DueDiligenceInput(
        exportCheckId,
        endUserPartyId,
        consigneePartyId,
        productIds(),
        destination,
        item,
        statedEndUse,
        answers(),
        riskLevel,
        riskAssessment,
        mitigations);
  }

  /** What is still missing before the file can be decided; empty when complete. */
  List<FieldProblem> incompleteness() {
    List<FieldProblem> problems = new ArrayList<>();
    if (item == null) {
      problems.add(
          new FieldProblem(
              "item", "is required before a decision: the item and its" + " capabilities"));
    }
    if (statedEndUse == null) {
      problems.add(new FieldProblem("statedEndUse", "is required before a decision"));
    }
    Set<String> answered = answers().stream().map(RedFlagAnswer::code).collect(Collectors.toSet());
    String missing =
        RedFlagCatalogue.all().stream()
            .map(RedFlag::code)
            .filter(code -> !answered.contains(code))
            .collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      problems.add(
          new FieldProblem(
              "redFlags",
              "every red flag must be answered before a decision (Recommendation (EU) 2024/2659);"
                  + " not yet: "
                  + missing));
    }
    if (riskLevel == null) {
      problems.add(
          new FieldProblem("riskLevel", "is required before a decision: LOW, MEDIUM or" + " HIGH"));
    }
    if (riskAssessment == null) {
      problems.add(new FieldProblem("riskAssessment", "is required before a decision"));
    }
    return problems;
  }

  /** Whether the due diligence found the item is or may be meant for misuse (Art. 5(2)). */
  public boolean awareOfMisuse() {
    return answers().stream()
        .anyMatch(
            a ->
                RedFlagCatalogue.AWARE_OF_MISUSE.equals(a.code())
                    && a.answer() == FlagAnswer.PRESENT);
  }

  public List<RedFlagAnswer> answers() {
    return RedFlagAnswers.decode(redFlags);
  }

  public String exportCheckId() {
    return exportCheckId;
  }

  public String endUserPartyId() {
    return endUserPartyId;
  }

  public String endUserName() {
    return endUserName;
  }

  public String consigneePartyId() {
    return consigneePartyId;
  }

  public List<String> productIds() {
    return productIds == null || productIds.isBlank()
        ? List.of()
        : Arrays.asList(productIds.split(" "));
  }

  public String destination() {
    return destination;
  }

  public String item() {
    return item;
  }

  public String statedEndUse() {
    return statedEndUse;
  }

  public RiskLevel riskLevel() {
    return riskLevel;
  }

  public String riskAssessment() {
    return riskAssessment;
  }

  public String mitigations() {
    return mitigations;
  }
}
