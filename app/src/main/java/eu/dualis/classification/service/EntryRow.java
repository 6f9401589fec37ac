package eu.dualis.classification.service;

import java.util.List;

/**
 * One entry as a plain list file (CSV, JSON) gives it, not yet checked: the texts as written.
 *
 * @param row where the entry is: "line 7" in CSV, the JSON pointer "/entries/3" in JSON
 * @param pointer true when {@code row} is a JSON pointer, so that a field's place is "row/field"
 * @param code the entry code as written
 * @param parent the parent code as written, null or blank when the file leaves it to the code
 * @param text the entry's own text
 * @param notes its notes, empty when the format has none
 */
record EntryRow(
    String row, boolean pointer, String code, String parent, String text, List<String> notes) {

  EntryRow {
    notes = List.copyOf(notes);
  }

  /** Where a field of this entry is: the row in CSV, the field's own pointer in JSON. */
  String where(String field) {
    return pointer ? row + "/" + field : row;
  }
}
