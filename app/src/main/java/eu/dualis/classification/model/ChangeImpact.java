package eu.dualis.classification.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which classifications a control list change touches: a classification is affected when one of its
 * codes, or a parent of one (whose text frames the code's meaning), was removed or reworded.
 */
public final class ChangeImpact {

  /** One flag to raise: the classification, the entry that changed and how. */
  public record Hit(
      Classification classification,
      EntryCode code,
      ReviewFlag.ChangeKind kind,
      String oldText,
      String newText) {}

  private final Map<String, ReviewFlag.ChangeKind> kinds = new HashMap<>();
  private final Map<String, String[]> texts = new HashMap<>();

  public ChangeImpact(ControlListDiff diff) {
    for (ControlListEntry removed : diff.removed()) {
      kinds.put(removed.code().value(), ReviewFlag.ChangeKind.REMOVED);
      texts.put(removed.code().value(), new String[] {removed.fullText(), null});
    }
    for (ControlListDiff.Change change : diff.changed()) {
      kinds.put(change.after().code().value(), ReviewFlag.ChangeKind.CHANGED);
      texts.put(
          change.after().code().value(),
          new String[] {change.before().fullText(), change.after().fullText()});
    }
  }

  public boolean isEmpty() {
    return kinds.isEmpty();
  }

  /** One hit per affected code of each classification (the nearest changed entry above it). */
  public List<Hit> hits(List<Classification> classifications) {
    List<Hit> hits = new ArrayList<>();
    for (Classification c : classifications) {
      for (EntryCode code : c.entryCodes()) {
        nearestChange(code)
            .ifPresent(
                changed -> {
                  String[] t = texts.get(changed.value());
                  hits.add(new Hit(c, changed, kinds.get(changed.value()), t[0], t[1]));
                });
      }
    }
    return hits;
  }

  private Optional<EntryCode> nearestChange(EntryCode code) {
    for (Optional<EntryCode> c = Optional.of(code); c.isPresent(); c = c.get().parent()) {
      if (kinds.containsKey(c.get().value())) {
        return c;
      }
    }
    return Optional.empty();
  }
}
