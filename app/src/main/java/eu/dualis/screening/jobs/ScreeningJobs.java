package eu.dualis.screening.jobs;

import eu.dualis.platform.jobs.JobDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers the screening jobs with the scheduler. */
@ApplicationScoped
public class ScreeningJobs {

  /** Every day at 02:30 UTC; publishers update their lists on working days. */
  static final String DAILY = "0 30 2 * * ?";

  @Inject
  @ConfigProperty(name = "SANCTIONS_WATCH_CRON", defaultValue = DAILY)
  String watchCron;

  @Produces
  JobDefinition rescreen() {
    return new JobDefinition(
        RescreenJob.NAME,
        "Screens every party of every tenant again after a sanctions list changed",
        RescreenJob.class,
        null,
        true);
  }

  @Produces
  JobDefinition listWatch() {
    String schedule = watchCron.strip();
    return new JobDefinition(
        SanctionsListWatchJob.NAME,
        "Imports new sanctions list versions from their URLs or the drop folder",
        SanctionsListWatchJob.class,
        schedule.toLowerCase(Locale.ROOT).equals("off") ? null : schedule,
        true);
  }
}
