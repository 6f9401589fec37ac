package eu.dualis.screening.service;

import eu.dualis.screening.model.ListSource;
import eu.dualis.screening.model.ListVersion;
import java.time.Instant;
import java.time.LocalDate;

/** A list version a screening used, with its age and freshness at that moment. */
public record ListVersionUsed(
    String versionId,
    ListSource source,
    String title,
    LocalDate asOf,
    long ageDays,
    long maxAgeDays,
    boolean stale,
    boolean demo) {

  static ListVersionUsed of(ListVersion v, ListFreshness freshness, Instant now) {
    return new ListVersionUsed(
        v.id(),
        v.source(),
        v.source().title(),
        v.asOf(),
        v.ageDays(now),
        freshness.maxAge(v.source()).toDays(),
        freshness.isStale(v, now),
        v.demo());
  }
}
