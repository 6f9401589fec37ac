package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListVersion;

/** A stored version and whether this import created it (false: same checksum seen before). */
public record ImportOutcome(ControlListVersion version, boolean created) {

  public String message() {
    return created
        ? "Imported " + version.sourceId() + " with " + version.entryCount() + " entries"
        : "This file (checksum "
            + version.checksum().substring(0, 12)
            + "...) was imported before as "
            + version.sourceId()
            + "; nothing was changed";
  }
}
