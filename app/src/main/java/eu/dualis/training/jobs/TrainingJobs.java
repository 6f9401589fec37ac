package eu.dualis.training.jobs;

import eu.dualis.platform.jobs.JobDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers the training reminder job with the scheduler, on the configured schedule. */
@ApplicationScoped
public class TrainingJobs {

  /** Daily at 04:00 UTC, after the licence watch. */
  static final String DAILY = "0 0 4 * * ?";

  @Inject
  @ConfigProperty(name = "TRAINING_REMINDER_CRON", defaultValue = DAILY)
  String cron;

  @Produces
  JobDefinition reminders() {
    String schedule = cron.strip();
    return new JobDefinition(
        TrainingReminderJob.NAME,
        "Raises training reminders 60 and 30 days before a required training expires and when"
            + " it is overdue",
        TrainingReminderJob.class,
        // "off": no schedule, runs only when triggered through the API.
        schedule.toLowerCase(Locale.ROOT).equals("off") ? null : schedule,
        true);
  }
}
