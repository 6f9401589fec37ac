package eu.dualis.classification.service;

import eu.dualis.classification.service.SubItemMarkers.Marker;
import java.util.ArrayList;
import java.util.List;

/**
 * A note, N.B. or technical note of an Annex I entry while its blocks are read. A note that ends
 * with a colon ("... does not control any of the following:") introduces its own list, whose
 * markers must not be taken for sub-items of the entry; the note tracks that list.
 */
final class NoteInProgress {

  private final StringBuilder text;

  /** The open levels of the note's list: [a, 1] after "a." then "1.". */
  private final List<String> levels = new ArrayList<>();

  /** True when the last piece was a label ("Note:", "a.") that the next block completes. */
  private boolean awaitsText;

  NoteInProgress(String firstBlock, boolean labelOnly) {
    this.text = new StringBuilder(firstBlock);
    this.awaitsText = labelOnly;
  }

  /** Adds a paragraph of the note; after a label it goes on the label's line. */
  void append(String block) {
    text.append(awaitsText ? " " : "\n").append(block);
    awaitsText = false;
  }

  /**
   * Adds the block when its marker continues the note's list: the next item of an open level, the
   * first item one level down, or the first item of all after a colon. False, and nothing added,
   * otherwise: then the marker is the entry's.
   */
  boolean takesListItem(String block, Marker marker) {
    if (marker.path().size() != 1 || !continuesList(marker.last())) {
      return false;
    }
    text.append('\n').append(block);
    awaitsText = marker.rest().isEmpty();
    return true;
  }

  private boolean continuesList(String item) {
    if (levels.isEmpty()) {
      boolean opensList =
          text.toString().stripTrailing().endsWith(":") && SubItemMarkers.isFirst(item);
      if (opensList) {
        levels.add(item);
      }
      return opensList;
    }
    for (int level = levels.size() - 1; level >= 0; level--) {
      if (SubItemMarkers.follows(item, levels.get(level))) {
        levels.subList(level, levels.size()).clear();
        levels.add(item);
        return true;
      }
    }
    String last = levels.get(levels.size() - 1);
    if (SubItemMarkers.isFirst(item)
        && SubItemMarkers.isLetter(item) != SubItemMarkers.isLetter(last)) {
      levels.add(item);
      return true;
    }
    return false;
  }

  String text() {
    return text.toString().strip();
  }
}
