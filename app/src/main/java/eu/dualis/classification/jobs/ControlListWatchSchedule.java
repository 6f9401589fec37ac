package eu.dualis.classification.jobs;

import eu.dualis.platform.jobs.JobDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers the control list watch with the scheduler, on the schedule the configuration sets. */
@ApplicationScoped
public class ControlListWatchSchedule {

  /** Daily at 03:00 server time (UTC). */
  static final String DAILY = "0 0 3 * * ?";

  @Inject
  @ConfigProperty(name = "CONTROL_LIST_WATCH_CRON", defaultValue = DAILY)
  String cron;

  @Produces
  JobDefinition controlListWatch() {
    String schedule = cron.strip();
    return new JobDefinition(
        ControlListWatchJob.NAME,
        "Imports new control list versions from the drop folder and flags what they change",
        ControlListWatchJob.class,
        // "off": no schedule, runs only when triggered through the API.
        schedule.toLowerCase(Locale.ROOT).equals("off") ? null : schedule,
        true);
  }
}
