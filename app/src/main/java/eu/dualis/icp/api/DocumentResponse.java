package eu.dualis.icp.api;

import eu.dualis.icp.model.IcpDocument;
import java.time.Instant;
import java.time.LocalDate;

/** An ICP document's metadata; its bytes are at {@code /documents/{id}/content}. */
public record DocumentResponse(
    String id,
    int elementNumber,
    String element,
    String title,
    String versionLabel,
    LocalDate effectiveFrom,
    LocalDate reviewDue,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String supersedes,
    String supersededBy,
    LocalDate supersededOn,
    String uploadedBy,
    Instant uploadedAt,
    long version) {

  static DocumentResponse of(IcpDocument d) {
    return new DocumentResponse(
        d.id(),
        d.element().number(),
        d.element().name(),
        d.title(),
        d.versionLabel(),
        d.effectiveFrom(),
        d.reviewDue(),
        d.fileName(),
        d.contentType(),
        d.size(),
        d.sha256(),
        d.supersedes(),
        d.supersededBy(),
        d.supersededOn(),
        d.uploadedBy(),
        d.uploadedAt(),
        d.version());
  }
}
