package eu.dualis.screening.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListVersionTest {

  private static ListVersion version(LocalDate published, Instant imported) {
    return new ListVersion(
        "v",
        ListSource.UN_SC,
        "UN_XML",
        published,
        null,
        "0".repeat(64),
        ListVersionStatus.IN_FORCE,
        OnMalformedRecord.REJECT_FILE,
        ListCounts.NONE,
        null,
        false,
        imported,
        "t",
        imported,
        null);
  }

  @Test
  void ageRunsFromThePublishersDateNotFromTheImport() {
    ListVersion v = version(LocalDate.parse("2026-02-27"), Instant.parse("2026-11-20T00:00:00Z"));
    Instant now = Instant.parse("2026-11-28T12:00:00Z");
    assertThat(v.asOf()).isEqualTo(LocalDate.parse("2026-02-27"));
    assertThat(v.ageDays(now)).isEqualTo(274);
    assertThat(v.isStale(now, Duration.ofDays(7))).isTrue();
  }

  @Test
  void withoutAPublicationDateTheImportDayCountsAndSevenDaysAreFresh() {
    ListVersion v = version(null, Instant.parse("2026-11-21T08:00:00Z"));
    Instant now = Instant.parse("2026-11-28T23:00:00Z");
    assertThat(v.ageDays(now)).isEqualTo(7);
    assertThat(v.isStale(now, Duration.ofDays(7))).isFalse();
    assertThat(v.isStale(now, Duration.ofDays(6))).isTrue();
  }

  @Test
  void countsEachKindAndItsAliases() {
    ParsedEntity person =
        new ParsedEntity(
            "1",
            EntityType.PERSON,
            List.of(new ParsedName("A B", NameKind.PRIMARY), new ParsedName("B A", NameKind.ALIAS)),
            List.of(),
            Set.of(),
            List.of(),
            List.of(),
            null);
    ParsedEntity vessel =
        new ParsedEntity(
            "2",
            EntityType.VESSEL,
            List.of(new ParsedName("SEA STAR", NameKind.PRIMARY)),
            List.of(),
            Set.of(),
            List.of(),
            List.of(),
            null);
    ListCounts c = ListCounts.NONE.plus(person).plus(vessel).plusSkipped();
    assertThat(c).isEqualTo(new ListCounts(1, 0, 1, 0, 1, 1));
    assertThat(c.entities()).isEqualTo(2);
  }
}
