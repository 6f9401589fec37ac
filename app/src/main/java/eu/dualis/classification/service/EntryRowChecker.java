package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListFormatException.Problem;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ParsedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the entries of a plain list file as a whole and turns them into parsed entries: every code
 * an Annex I code and there once, every text present, every parent written above its code and in
 * the file. An empty parent is derived from the code: the nearest entry above it in the file
 * ({@code 5A002} for {@code 5A002.a.1} when the file has no {@code 5A002.a}).
 */
final class EntryRowChecker {

  private EntryRowChecker() {}

  /**
   * The entries in file order; every problem found is added to {@code problems}, and then the
   * entries are incomplete and must not be used.
   */
  static List<ParsedEntry> check(List<EntryRow> rows, List<Problem> problems) {
    Map<EntryCode, EntryRow> byCode = new LinkedHashMap<>();
    // The code of each row, null where the row's code is bad or repeated.
    List<EntryCode> codes = new ArrayList<>();
    for (EntryRow row : rows) {
      Optional<EntryCode> code = code(row, problems);
      EntryRow first = code.isEmpty() ? null : byCode.putIfAbsent(code.get(), row);
      codes.add(first == null ? code.orElse(null) : null);
      if (first != null) {
        problems.add(
            new Problem(
                row.where("code"),
                "entry code "
                    + code.get()
                    + " appears a second time (first at "
                    + first.row()
                    + ")"));
      }
    }
    List<ParsedEntry> entries = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      EntryRow row = rows.get(i);
      EntryCode code = codes.get(i);
      if (row.text() == null || row.text().isBlank()) {
        problems.add(new Problem(row.where("text"), "text is missing or empty"));
      }
      if (code == null) {
        continue;
      }
      EntryCode parent = parent(row, code, byCode, problems);
      String text = row.text() == null ? "" : row.text().replace("\r\n", "\n").strip();
      entries.add(new ParsedEntry(code, parent, text, row.notes()));
    }
    return entries;
  }

  private static Optional<EntryCode> code(EntryRow row, List<Problem> problems) {
    if (row.code() == null || row.code().isBlank()) {
      problems.add(new Problem(row.where("code"), "code is missing or empty"));
      return Optional.empty();
    }
    Optional<EntryCode> code = EntryCode.parse(row.code());
    if (code.isEmpty()) {
      problems.add(
          new Problem(
              row.where("code"), "entry code '" + row.code().strip() + "' is not an Annex I code"));
    }
    return code;
  }

  private static EntryCode parent(
      EntryRow row, EntryCode code, Map<EntryCode, EntryRow> byCode, List<Problem> problems) {
    if (row.parent() == null || row.parent().isBlank()) {
      EntryCode above = code.parent().orElse(null);
      while (above != null && !byCode.containsKey(above)) {
        above = above.parent().orElse(null);
      }
      return above;
    }
    Optional<EntryCode> parent = EntryCode.parse(row.parent());
    String where = row.where("parent");
    if (parent.isEmpty()) {
      problems.add(
          new Problem(where, "parent '" + row.parent().strip() + "' is not an Annex I code"));
    } else if (parent.get().equals(code) || !code.isWithin(parent.get())) {
      problems.add(new Problem(where, "parent " + parent.get() + " is not above " + code));
    } else if (!byCode.containsKey(parent.get())) {
      problems.add(new Problem(where, "parent " + parent.get() + " is not in the list"));
    } else {
      return parent.get();
    }
    return null;
  }
}
