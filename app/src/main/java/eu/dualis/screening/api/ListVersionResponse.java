package eu.dualis.screening.api;

import eu.dualis.screening.model.ListVersion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A list version with its counts, import report and freshness. */
public record ListVersionResponse(
    String id,
    String source,
    String title,
    String format,
    LocalDate publishedOn,
    LocalDate asOf,
    String label,
    String checksum,
    String status,
    String onMalformedRecord,
    int persons,
    int organisations,
    int vessels,
    int aircraft,
    int aliases,
    int skipped,
    List<String> report,
    boolean demo,
    Instant importedAt,
    String importedBy,
    Instant inForceFrom,
    Instant supersededAt,
    long ageDays,
    long maxAgeDays,
    boolean stale) {

  static ListVersionResponse of(ListVersion v, long maxAgeDays, boolean stale) {
    var c = v.counts();
    return new ListVersionResponse(
        v.id(),
        v.source().name(),
        v.source().title(),
        v.format(),
        v.publishedOn(),
        v.asOf(),
        v.label(),
        v.checksum(),
        v.status().name(),
        v.onMalformed().name(),
        c.persons(),
        c.organisations(),
        c.vessels(),
        c.aircraft(),
        c.aliases(),
        c.skipped(),
        v.report() == null ? List.of() : Arrays.asList(v.report().split("\n")),
        v.demo(),
        v.importedAt(),
        v.importedBy(),
        v.inForceFrom(),
        v.supersededAt(),
        v.ageDays(Instant.now()),
        maxAgeDays,
        stale);
  }
}
