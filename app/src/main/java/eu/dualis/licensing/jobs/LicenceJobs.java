package eu.dualis.licensing.jobs;

import eu.dualis.platform.jobs.JobDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers the licence expiry watch with the scheduler, on the configured schedule. */
@ApplicationScoped
public class LicenceJobs {

  /** Daily at 03:30 UTC, after the list watches. */
  static final String DAILY = "0 30 3 * * ?";

  @Inject
  @ConfigProperty(name = "LICENCE_WATCH_CRON", defaultValue = DAILY)
  String cron;

  @Produces
  JobDefinition expiryWatch() {
    String schedule = cron.strip();
    return new JobDefinition(
        LicenceExpiryWatchJob.NAME,
        "Raises licence alerts 90, 30 and 7 days before expiry and when a limit runs low",
        LicenceExpiryWatchJob.class,
        // "off": no schedule, runs only when triggered through the API.
        schedule.toLowerCase(Locale.ROOT).equals("off") ? null : schedule,
        true);
  }
}
