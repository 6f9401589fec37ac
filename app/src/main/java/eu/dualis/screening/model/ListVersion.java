package eu.dualis.screening.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One import of a sanctions list file. Its age runs from the publisher's date when the file gives
 * one, else from the import: a list is as fresh as what the publisher last said, not as the day we
 * read it.
 *
 * @param format the file format it was read from (a {@code ListFormat} name)
 * @param demo shipped with the product for trying it out, not fetched from the publisher
 */
public record ListVersion(
    String id,
    ListSource source,
    String format,
    LocalDate publishedOn,
    String label,
    String checksum,
    ListVersionStatus status,
    OnMalformedRecord onMalformed,
    ListCounts counts,
    String report,
    boolean demo,
    Instant importedAt,
    String importedBy,
    Instant inForceFrom,
    Instant supersededAt) {

  /** The day the list's content dates from. */
  public LocalDate asOf() {
    return publishedOn != null ? publishedOn : LocalDate.ofInstant(importedAt, ZoneOffset.UTC);
  }

  public long ageDays(Instant now) {
    return ChronoUnit.DAYS.between(asOf(), LocalDate.ofInstant(now, ZoneOffset.UTC));
  }

  public boolean isStale(Instant now, Duration maxAge) {
    return ageDays(now) > maxAge.toDays();
  }
}
