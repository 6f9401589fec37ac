package eu.dualis.screening.health;

import eu.dualis.screening.service.ListFreshness;
import eu.dualis.screening.service.ListVersionUsed;
import eu.dualis.screening.service.ScreeningIndexHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows each list in force with its date and age, and "STALE" when it is older than its maximum
 * age. A stale list keeps the node ready by default (screening against yesterday's list beats no
 * screening, and every answer says the list is stale); {@code SANCTIONS_STALE_NOT_READY=true} takes
 * the node out of service instead.
 */
@Readiness
@ApplicationScoped
public class SanctionsListReadiness implements HealthCheck {

  @Inject ScreeningIndexHolder index;
  @Inject ListFreshness freshness;

  @Inject
  @ConfigProperty(name = "SANCTIONS_STALE_NOT_READY", defaultValue = "false")
  boolean staleNotReady;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("sanctions-lists");
    boolean anyStale = false;
    var lists = freshness.used(index.current().versions());
    for (ListVersionUsed v : lists) {
      anyStale |= v.stale();
      response.withData(
          v.source().name(),
          (v.stale() ? "STALE: " : "fresh: ")
              + "as of "
              + v.asOf()
              + ", "
              + v.ageDays()
              + " days old (max "
              + v.maxAgeDays()
              + ")"
              + (v.demo() ? ", demo data" : ""));
    }
    if (lists.isEmpty()) {
      response.withData("lists", "none in force: screenings are refused until a list is imported");
    }
    return response
        .status(!(staleNotReady && anyStale) && !(staleNotReady && lists.isEmpty()))
        .build();
  }
}
