package eu.dualis.classification.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of a control list: entries added, removed, and entries whose
 * own text or notes changed (with old and new full text), each in document order.
 */
public record ControlListDiff(
    List<ControlListEntry> added, List<ControlListEntry> removed, List<Change> changed) {

  /** One entry present in both versions with another wording. */
  public record Change(ControlListEntry before, ControlListEntry after) {}

  public static ControlListDiff between(List<ControlListEntry> from, List<ControlListEntry> to) {
    Map<String, ControlListEntry> old = byCode(from);
    Map<String, ControlListEntry> now = byCode(to);
    List<ControlListEntry> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (ControlListEntry entry : to) {
      ControlListEntry before = old.get(entry.code().value());
      if (before == null) {
        added.add(entry);
      } else if (!before.textHash().equals(entry.textHash())) {
        changed.add(new Change(before, entry));
      }
    }
    List<ControlListEntry> removed =
        from.stream().filter(e -> !now.containsKey(e.code().value())).toList();
    return new ControlListDiff(List.copyOf(added), removed, List.copyOf(changed));
  }

  private static Map<String, ControlListEntry> byCode(List<ControlListEntry> entries) {
    Map<String, ControlListEntry> map = new LinkedHashMap<>();
    entries.forEach(e -> map.put(e.code().value(), e));
    return map;
  }
}
