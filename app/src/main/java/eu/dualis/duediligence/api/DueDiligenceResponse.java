package eu.dualis.duediligence.api;

import eu.dualis.duediligence.model.DueDiligenceFile;
import java.time.Instant;
import java.util.List;

/** A due-diligence file with its status, decision and approval. */
public record DueDiligenceResponse(
    String id,
    int revision,
    String supersedes,
    String status,
    String exportCheckId,
    String endUserPartyId,
    String endUserName,
    String consigneePartyId,
    List<String> productIds,
    String destination,
    String item,
    String statedEndUse,
    List<DueDiligenceRequest.Flag> redFlags,
    String riskLevel,
    String riskAssessment,
    String mitigations,
    Document document,
    String decision,
    String rationale,
    String decidedBy,
    Instant decidedAt,
    String approvedBy,
    Instant approvedAt,
    String returnedBy,
    Instant returnedAt,
    String returnReason,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** The end-use statement's description (its bytes come from {@code GET /{id}/document}). */
  public record Document(String name, String contentType, long size, String sha256) {}

  static DueDiligenceResponse of(DueDiligenceFile f) {
    var c = f.content();
    var v = f.verdict();
    var d = f.document();
    return new DueDiligenceResponse(
        f.id(),
        f.revision(),
        f.supersedes(),
        f.status().name(),
        c.exportCheckId(),
        c.endUserPartyId(),
        c.endUserName(),
        c.consigneePartyId(),
        c.productIds(),
        c.destination(),
        c.item(),
        c.statedEndUse(),
        c.answers().stream()
            .map(a -> new DueDiligenceRequest.Flag(a.code(), a.answer().name(), a.evidence()))
            .toList(),
        c.riskLevel() == null ? null : c.riskLevel().name(),
        c.riskAssessment(),
        c.mitigations(),
        d == null ? null : new Document(d.name(), d.contentType(), d.size(), d.sha256()),
        v.decision() == null ? null : v.decision().name(),
        v.rationale(),
        v.decidedBy(),
        v.decidedAt(),
        v.approvedBy(),
        v.approvedAt(),
        f.returnedBy(),
        f.returnedAt(),
        f.returnReason(),
        f.createdBy(),
        f.createdAt(),
        f.updatedAt(),
        f.version());
  }
}
