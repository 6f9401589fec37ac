package eu.dualis.classification.model;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole control list as an importer read it from one file, before it is stored as a version.
 *
 * @param sourceId what the file is, e.g. the CELEX number of a consolidated version {@code
 *     02021R0821-20251115}
 * @param title the act's title as the file gives it
 * @param applicableFrom the date the version applies from, or null when the file does not say
 * @param entries the entries in the order of the file; codes are unique and every parent code is an
 *     entry of the list
 */
public record ParsedControlList(
    String sourceId, String title, LocalDate applicableFrom, List<ParsedEntry> entries) {

  public ParsedControlList {
    if (sourceId == null || sourceId.isBlank()) {
      throw new IllegalArgumentException("a control list needs a source identifier");
    }
    Objects.requireNonNull(title, "title");
    entries = List.copyOf(entries);
    Map<EntryCode, ParsedEntry> byCode = index(entries);
    for (ParsedEntry e : entries) {
      if (e.parentCode() != null && !byCode.containsKey(e.parentCode())) {
        throw new IllegalArgumentException(
            e.code() + " has parent " + e.parentCode() + " not in list");
      }
    }
  }

  public Optional<ParsedEntry> entry(EntryCode code) {
    return entries.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  /**
   * The text of an entry as a reader who sees only that sub-item needs it: the own texts of the
   * entries above it, top first, then its own, one per line. {@code 5A002.a.1} alone says "Items
   * having 'information security' as a primary function"; only with 5A002 and 5A002.a above it does
   * it say what is controlled.
   */
  public Optional<String> fullText(EntryCode code) {
    Map<EntryCode, ParsedEntry> byCode = index(entries);
    return Optional.ofNullable(byCode.get(code)).map(e -> fullText(e, byCode));
  }

  /** {@link #fullText(EntryCode)} of every entry, in the order of the list. */
  public Map<EntryCode, String> fullTexts() {
    Map<EntryCode, ParsedEntry> byCode = index(entries);
    Map<EntryCode, String> texts = new LinkedHashMap<>();
    for (ParsedEntry e : entries) {
      texts.put(e.code(), fullText(e, byCode));
    }
    return texts;
  }

  private static String fullText(ParsedEntry entry, Map<EntryCode, ParsedEntry> byCode) {
    Deque<String> texts = new ArrayDeque<>();
    for (ParsedEntry e = entry; e != null; e = byCode.get(e.parentCode())) {
      if (!e.ownText().isBlank()) {
        texts.addFirst(e.ownText());
      }
    }
    return String.join("\n", texts);
  }

  private static Map<EntryCode, ParsedEntry> index(List<ParsedEntry> entries) {
    Map<EntryCode, ParsedEntry> byCode = new HashMap<>();
    for (ParsedEntry e : entries) {
      if (byCode.put(e.code(), e) != null) {
        throw new IllegalArgumentException("entry code " + e.code() + " appears twice");
      }
    }
    return byCode;
  }
}
