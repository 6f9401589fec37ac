package eu.dualis.evidence.api;

import eu.dualis.evidence.model.EvidencePack;
import java.time.Instant;
import java.util.List;

/** A pack with its request, status, progress and, once READY, its hashes. */
public record EvidencePackResponse(
    String id,
    String authority,
    String periodFrom,
    String periodTo,
    List<String> entryCodes,
    List<String> destinations,
    String language,
    String status,
    int stepsDone,
    int stepsTotal,
    String failureReason,
    String requestedBy,
    Instant requestedAt,
    Instant completedAt,
    Long contentSize,
    String contentSha256,
    String packHash,
    String contentUrl) {

  static EvidencePackResponse of(EvidencePack p) {
    var r = p.request();
    return new EvidencePackResponse(
        p.id(),
        r.authority(),
        r.periodFrom().toString(),
        r.periodTo().toString(),
        r.entryCodes(),
        r.destinations(),
        r.language(),
        p.status().name(),
        p.stepsDone(),
        p.stepsTotal(),
        p.failureReason(),
        p.requestedBy(),
        p.requestedAt(),
        p.completedAt(),
        p.contentSize(),
        p.contentSha256(),
        p.packHash(),
        p.contentSha256() == null ? null : "evidence-packs/" + p.id() + "/content");
  }
}
