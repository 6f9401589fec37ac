package eu.dualis.screening.service;

import eu.dualis.screening.model.Screening;
import java.util.List;

/** A stored screening with its hits and the list versions it used, as read back. */
public record ScreeningOutcome(
    Screening screening, List<HitDetail> hits, List<ListVersionUsed> listVersions) {

  /** The hits that count: those no earlier false-positive decision answers. */
  public List<HitDetail> activeHits() {
    return hits.stream().filter(h -> !h.suppressed()).toList();
  }
}
