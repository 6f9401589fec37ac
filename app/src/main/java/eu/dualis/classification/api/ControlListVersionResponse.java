package eu.dualis.classification.api;

import eu.dualis.classification.model.ControlListKind;
import eu.dualis.classification.model.ControlListVersion;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A control list version. {@code notice} says plainly when a version is an index for orientation
 * and not the legal text.
 */
public record ControlListVersionResponse(
    String id,
    String sourceId,
    String title,
    LocalDate appliesFrom,
    String kind,
    String notice,
    String sourceFormat,
    String checksum,
    int entryCount,
    Instant importedAt,
    String importedBy,
    boolean inForce) {

  static ControlListVersionResponse of(ControlListVersion v) {
    return of(v, false);
  }

  static ControlListVersionResponse of(ControlListVersion v, boolean inForce) {
    return new ControlListVersionResponse(
        v.id(),
        v.sourceId(),
        v.title(),
        v.appliesFrom(),
        v.kind().name(),
        v.kind() == ControlListKind.INDEX
            ? "Index for orientation only, not the legal text of Annex I: classify against the"
                + " official consolidated text."
            : "Imported from " + v.sourceId(),
        v.sourceFormat(),
        v.checksum(),
        v.entryCount(),
        v.importedAt(),
        v.importedBy(),
        inForce);
  }
}
