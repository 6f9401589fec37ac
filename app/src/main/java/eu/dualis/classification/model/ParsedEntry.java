package eu.dualis.classification.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a control list as an importer read it, before it is stored.
 *
 * @param code the entry's code
 * @param parentCode the nearest entry above it in the same list, or null for a top entry
 * @param ownText the entry's own words, without those of the entries above it (may be empty when
 *     the source gives a code and nothing else)
 * @param notes the notes, N.B.s and technical notes that follow the entry, in order
 */
public record ParsedEntry(
    EntryCode code, EntryCode parentCode, String ownText, List<String> notes) {

  public ParsedEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(ownText, "ownText");
    notes = List.copyOf(notes);
    if (parentCode != null && (parentCode.equals(code) || !code.isWithin(parentCode))) {
      throw new IllegalArgumentException(parentCode + " is not above " + code);
    }
  }
}
