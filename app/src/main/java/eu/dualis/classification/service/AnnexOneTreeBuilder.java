package eu.dualis.classification.service;

import eu.dualis.classification.model.ControlListFormatException;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ParsedEntry;
import eu.dualis.classification.service.SubItemMarkers.Marker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the tree of Annex I entries from its text blocks in document order, whatever the markup
 * around them: a table row, a grid list and a plain paragraph all come down to "a block that starts
 * with a code or marker" or "a block that continues the current entry".
 *
 * <ul>
 *   <li>A block starting with a full code ({@code 5A002}) opens that entry. A block holding only a
 *       code or a marker (the first cell of a row) opens it and the next block gives its text.
 *   <li>A marker ({@code a.}, {@code 1.}, {@code a.1.}) opens a sub-item of the current entry at
 *       the level where it fits: the next item of a level already open (b. after a.), else the
 *       first item below the current one (a. or 1.), else a later item of an open level, else any
 *       first item below the current one (the last two for items left out without a "deleted" row,
 *       as in abridged texts).
 *   <li>A note ("Note:", "Note 2:", "N.B.", "Technical Notes:") belongs to the entry it follows,
 *       and so do the paragraphs after it. A note that ends with a colon introduces its own list:
 *       markers that continue that list stay in the note, the first one that does not opens the
 *       next sub-item.
 *   <li>Where the markup nests lists (grid lists, nested tables), a paragraph or note that comes
 *       after a nested list, at the depth of an earlier item, belongs to that item again: "Note:
 *       5A002.a. does not control" after the list of 5A002.a.1 and .2 is a note of 5A002.a. Flat
 *       tables give no such clue, and the paragraph goes to the last item.
 *   <li>A heading (category, part, product group) ends the current entry.
 *   <li>An entry whose whole text is "deleted" is left out; later items still count it.
 * </ul>
 */
final class AnnexOneTreeBuilder {

  private static final Pattern CODE_AT_START =
      Pattern.compile("([0-9][A-E][0-9]{3}(?:\\.[a-z0-9]{1,3})*)\\.?(?:\\s+(.*))?", Pattern.DOTALL);
  private static final Pattern NOTE_AT_START =
      Pattern.compile(
          "(?i)(?:(?:technical\\s+)?notes?(?:\\s+\\d+)?\\s*:|n\\.\\s?b\\.\\s*:?)(.*)",
          Pattern.DOTALL);

  /** "CATEGORY 5 — ...", "Part 2 — ...", and group headings "5A1 Systems ..." or "3A Systems". */
  private static final Pattern HEADING_TEXT =
      Pattern.compile("(?i:category\\s+\\d|part\\s+(?:\\d+|[ivx]+)\\b).*|[0-9][A-E][0-9]?\\s.*");

  private record CodeOpening(EntryCode code, String rest) {}

  private static final class Item {
    final EntryCode code;
    final int depth;
    final int line;
    final int column;
    final StringBuilder text = new StringBuilder();
    final List<NoteInProgress> notes = new ArrayList<>();

    Item(EntryCode code, int depth, int line, int column) {
      this.code = code;
      this.depth = depth;
      this.line = line;
      this.column = column;
    }
  }

  private final Map<EntryCode, Item> byCode = new HashMap<>();

  /** Every item in the order of the document. */
  private final List<Item> opened = new ArrayList<>();

  /** Where in {@link #opened} the items after the last heading start. */
  private int openedSinceHeading;

  /** The entry that receives text; null after a heading. */
  private Item current;

  /** True while the current entry was opened by a block holding only its code or marker. */
  private boolean awaitingText;

  /** The note that receives text, or null outside a note. */
  private NoteInProgress note;

  /**
   * Takes the next block of Annex I: its cleaned text, whether it is a heading, how deep lists nest
   * around it ({@link XhtmlBlock#depth()}) and where it starts.
   */
  void accept(String text, boolean heading, int depth, int line, int column) {
    if (heading || HEADING_TEXT.matcher(text).matches()) {
      current = null;
      note = null;
      openedSinceHeading = opened.size();
      return;
    }
    Optional<CodeOpening> opening = codeOpening(text);
    if (opening.isPresent()) {
      open(opening.get().code(), opening.get().rest(), depth, line, column);
      return;
    }
    Optional<Marker> marker = SubItemMarkers.at(text);
    if (marker.isEmpty()) {
      backTo(depth);
    }
    if (NOTE_AT_START.matcher(text).matches()) {
      startNote(text);
      return;
    }
    if (note != null && marker.isPresent() && note.takesListItem(text, marker.get())) {
      return;
    }
    Optional<EntryCode> placed = marker.flatMap(this::place);
    if (placed.isPresent()) {
      open(placed.get(), marker.get().rest(), depth, line, column);
    } else if (note != null) {
      note.append(text);
    } else {
      appendText(text);
    }
  }

  /** The entries found, deleted ones left out, each with its nearest entry above as parent. */
  List<ParsedEntry> finish() {
    Map<EntryCode, Item> kept = new LinkedHashMap<>();
    for (Item item : opened) {
      if (!LegalText.isDeleted(item.text.toString())) {
        kept.put(item.code, item);
      }
    }
    List<ParsedEntry> entries = new ArrayList<>();
    for (Item item : kept.values()) {
      EntryCode parent = item.code.parent().orElse(null);
      while (parent != null && !kept.containsKey(parent)) {
        parent = parent.parent().orElse(null);
      }
      List<String> notes = item.notes.stream().map(NoteInProgress::text).toList();
      entries.add(new ParsedEntry(item.code, parent, item.text.toString().strip(), notes));
    }
    return entries;
  }

  /**
   * The code a block opens, with the text after it. "5A002 'Information security' systems" opens
   * 5A002, and so does a block holding only "5A002" or "4E001.c"; "5A002 does not control" and
   * "5A002.a. does not apply to" are sentences about an entry.
   */
  private static Optional<CodeOpening> codeOpening(String text) {
    Matcher m = CODE_AT_START.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<EntryCode> code = EntryCode.parse(m.group(1));
    String rest = m.group(2) == null ? "" : m.group(2).strip();
    boolean opens =
        code.isPresent()
            && (rest.isEmpty() || (code.get().isHead() && !Character.isLowerCase(rest.charAt(0))));
    return opens ? Optional.of(new CodeOpening(code.get(), rest)) : Optional.empty();
  }

  private void startNote(String text) {
    if (current == null) {
      return; // a general note of a category or part, not of an entry
    }
    Matcher m = NOTE_AT_START.matcher(text);
    note = new NoteInProgress(text, m.matches() && m.group(1).isBlank());
    current.notes.add(note);
    awaitingText = false;
  }

  /** Where a marker opens a sub-item below the current entry, by the rules in the class comment. */
  private Optional<EntryCode> place(Marker marker) {
    if (current == null) {
      return Optional.empty();
    }
    EntryCode context = current.code;
    if (marker.path().size() > 1) {
      EntryCode code = context.head();
      for (String item : marker.path()) {
        code = code.child(item);
      }
      return unused(code);
    }
    String item = marker.last();
    List<String> path = context.subItems();
    for (int level = path.size() - 1; level >= 0; level--) {
      if (SubItemMarkers.follows(item, path.get(level))) {
        Optional<EntryCode> code = unused(at(context, level, item));
        if (code.isPresent()) {
          return code;
        }
      }
    }
    if (SubItemMarkers.isFirst(item) && unused(context.child(item)).isPresent()) {
      return Optional.of(context.child(item));
    }
    for (int level = path.size() - 1; level >= 0; level--) {
      if (SubItemMarkers.comesAfter(item, path.get(level))) {
        Optional<EntryCode> code = unused(at(context, level, item));
        if (code.isPresent()) {
          return code;
        }
      }
    }
    return unused(context.child(item));
  }

  /** The code with the sub-item at {@code level} (0 = first below the head) replaced by item. */
  private static EntryCode at(EntryCode context, int level, String item) {
    EntryCode code = context.head();
    List<String> path = context.subItems();
    for (int i = 0; i < level; i++) {
      code = code.child(path.get(i));
    }
    return code.child(item);
  }

  private Optional<EntryCode> unused(EntryCode code) {
    return byCode.containsKey(code) ? Optional.empty() : Optional.of(code);
  }

  /**
   * Makes the last item opened at most {@code depth} deep current again, if the current is deeper.
   */
  private void backTo(int depth) {
    if (current == null || current.depth <= depth) {
      return;
    }
    for (int i = opened.size() - 1; i >= openedSinceHeading; i--) {
      if (opened.get(i).depth <= depth) {
        current = opened.get(i);
        note = null;
        awaitingText = false;
        return;
      }
    }
  }

  private void open(EntryCode code, String text, int depth, int line, int column) {
    Item earlier = byCode.get(code);
    if (earlier != null) {
      throw ControlListFormatException.atLineColumn(
          line,
          column,
          "entry "
              + code
              + " appears a second time (first at "
              + ControlListFormatException.lineColumn(earlier.line, earlier.column)
              + ")");
    }
    current = new Item(code, depth, line, column);
    byCode.put(code, current);
    opened.add(current);
    current.text.append(text);
    awaitingText = text.isEmpty();
    note = null;
  }

  private void appendText(String text) {
    if (current == null) {
      return; // general notes and headings' text before the first entry of a part
    }
    if (!awaitingText && current.text.length() > 0) {
      current.text.append('\n');
    }
    current.text.append(text);
    awaitingText = false;
  }
}
