package eu.dualis.classification.api;

import eu.dualis.classification.model.ControlListDiff;
import java.util.List;

/** Entries added, removed and changed from one version to another. */
public record ControlListDiffResponse(
    String fromVersionId,
    String toVersionId,
    List<ControlListEntryResponse> added,
    List<ControlListEntryResponse> removed,
    List<ChangedEntry> changed) {

  /** An entry whose wording changed: its old and new full text. */
  public record ChangedEntry(String code, String oldText, String newText) {}

  static ControlListDiffResponse of(String from, String to, ControlListDiff diff) {
    return new ControlListDiffResponse(
        from,
        to,
        diff.added().stream().map(ControlListEntryResponse::of).toList(),
        diff.removed().stream().map(ControlListEntryResponse::of).toList(),
        diff.changed().stream()
            .map(
                c ->
                    new ChangedEntry(
                        c.after().code().value(), c.before().fullText(), c.after().fullText()))
            .toList());
  }
}
