package eu.dualis.platform.jobs;

import java.text.ParseException;
import org.quartz.CronExpression;
import org.quartz.Job;

/**
 * A job a capability brings: capabilities produce these as CDI beans, and the scheduler registers
 * each of them when it starts. The job class must be a CDI bean (e.g. {@code @Dependent}): it is
 * created through CDI for every run.
 *
 * @param name unique among jobs; the job runs' {@code jobName}
 * @param cron Quartz cron expression (seconds first, in the server's time zone, UTC), or null for a
 *     job that runs only when triggered
 * @param requestsRecovery run it again on another node when its node dies during a run
 */
public record JobDefinition(
    String name,
    String description,
    Class<? extends Job> jobClass,
    String cron,
    boolean requestsRecovery) {

  public JobDefinition {
    if (name == null || name.isBlank() || jobClass == null) {
      throw new IllegalArgumentException("A job needs a name and a class");
    }
    if (cron != null) {
      try {
        CronExpression.validateExpression(cron);
      } catch (ParseException e) {
        // A schedule that cannot be read stops the start: better than a job that never runs.
        throw new IllegalArgumentException(
            "The schedule of job "
                + name
                + " is not a Quartz cron expression: '"
                + cron
                + "' ("
                + e.getMessage()
                + ")",
            e);
      }
    }
  }
}
