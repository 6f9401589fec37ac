package eu.dualis.duediligence.service;

import eu.dualis.duediligence.model.DueDiligenceFile;
import eu.dualis.duediligence.model.RedFlagAnswer;
import java.util.List;

/** A due-diligence file as the audit trail records it. */
public record DueDiligenceSnapshot(
    String id,
    int revision,
    String supersedes,
    String status,
    String exportCheckId,
    String endUserPartyId,
    String consigneePartyId,
    List<String> productIds,
    String destination,
    String item,
    String statedEndUse,
    List<String> redFlags,
    String riskLevel,
    String riskAssessment,
    String mitigations,
    String documentSha256,
    String decision,
    String rationale,
    String decidedBy,
    String approvedBy,
    String returnReason) {

  static DueDiligenceSnapshot of(DueDiligenceFile f) {
    var c = f.content();
    var v = f.verdict();
    return new DueDiligenceSnapshot(
        f.id(),
        f.revision(),
        f.supersedes(),
        f.status().name(),
        c.exportCheckId(),
        c.endUserPartyId(),
        c.consigneePartyId(),
        c.productIds(),
        c.destination(),
        c.item(),
        c.statedEndUse(),
        c.answers().stream().map(DueDiligenceSnapshot::line).toList(),
        c.riskLevel() == null ? null : c.riskLevel().name(),
        c.riskAssessment(),
        c.mitigations(),
        f.document() == null ? null : f.document().sha256(),
        v.decision() == null ? null : v.decision().name(),
        v.rationale(),
        v.decidedBy(),
        v.approvedBy(),
        f.returnReason());
  }

  private static String line(RedFlagAnswer a) {
    return a.code() + " " + a.answer() + (a.evidence() == null ? "" : ": " + a.evidence());
  }
}
