package eu.dualis.evidence.api;

import eu.dualis.evidence.service.EvidencePackService.Verification;
import java.util.List;

/** The verify endpoint's answer: every file's check, the pack hash's, and the overall verdict. */
public record VerificationResponse(
    String packId,
    boolean ok,
    List<FileResult> files,
    String declaredPackHash,
    String actualPackHash,
    boolean packHashOk,
    String recordedPackHash,
    String contentSha256,
    boolean contentMatchesRecord) {

  /** One file: OK, MISMATCH, MISSING or UNLISTED. */
  public record FileResult(
      String path, String status, String expectedSha256, String actualSha256) {}

  static VerificationResponse of(Verification v) {
    var r = v.result();
    return new VerificationResponse(
        v.packId(),
        v.ok(),
        r.files().stream()
            .map(f -> new FileResult(f.path(), f.status(), f.expectedSha256(), f.actualSha256()))
            .toList(),
        r.declaredPackHash(),
        r.actualPackHash(),
        r.packHashOk(),
        v.recordedPackHash(),
        v.contentSha256(),
        v.contentMatchesRecord());
  }
}
