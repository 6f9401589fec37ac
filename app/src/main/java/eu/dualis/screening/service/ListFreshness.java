package eu.dualis.screening.service;

import eu.dualis.screening.model.ListSource;
import eu.dualis.screening.model.ListVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * How old a list may be before screenings against it are flagged stale: {@code
 * SANCTIONS_MAX_AGE_DAYS} for all lists, {@code SANCTIONS_MAX_AGE_DAYS_<SOURCE>} (e.g. {@code
 * SANCTIONS_MAX_AGE_DAYS_UN_SC}) for one. Publishers update their lists several times a week.
 */
@ApplicationScoped
public class ListFreshness {

  static final int DEFAULT_DAYS = 7;

  @Inject Config config;

  public Duration maxAge(ListSource source) {
    int all = config.getOptionalValue("SANCTIONS_MAX_AGE_DAYS", Integer.class).orElse(DEFAULT_DAYS);
    return Duration.ofDays(
        config
            .getOptionalValue("SANCTIONS_MAX_AGE_DAYS_" + source.name(), Integer.class)
            .orElse(all));
  }

  /** The versions with their age and freshness now. */
  public List<ListVersionUsed> used(List<ListVersion> versions) {
    Instant now = Instant.now();
    return versions.stream().map(v -> ListVersionUsed.of(v, this, now)).toList();
  }

  public boolean isStale(ListVersion version, Instant now) {
    return version.isStale(now, maxAge(version.source()));
  }
}
