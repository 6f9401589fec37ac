package eu.dualis.platform.jobs;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Brings a job and its schedule into the shared job store. Every node does this when it starts, so
 * it must leave the store as one node would: the job is replaced (its triggers stay), the schedule
 * is added when missing and replaced only when the cron expression changed.
 */
final class JobRegistration {

  static final String GROUP = "dualis";

  private JobRegistration() {}

  static void register(Scheduler scheduler, JobDefinition definition) throws SchedulerException {
    JobDetail job =
        JobBuilder.newJob(definition.jobClass())
            .withIdentity(definition.name(), GROUP)
            .withDescription(definition.description())
            .storeDurably()
            .requestRecovery(definition.requestsRecovery())
            .build();
    scheduler.addJob(job, true);

    TriggerKey key = TriggerKey.triggerKey(definition.name() + "-schedule", GROUP);
    if (definition.cron() == null) {
      scheduler.unscheduleJob(key);
      return;
    }
    CronTrigger wanted =
        TriggerBuilder.newTrigger()
            .withIdentity(key)
            .forJob(job)
            .withDescription(definition.cron())
            // All nodes were down at the planned time: run once as soon as one is back.
            .withSchedule(
                CronScheduleBuilder.cronSchedule(definition.cron())
                    .withMisfireHandlingInstructionFireAndProceed())
            .build();
    Trigger existing = scheduler.getTrigger(key);
    if (existing == null) {
      try {
        scheduler.scheduleJob(wanted);
      } catch (ObjectAlreadyExistsException e) {
        // Another node starting at the same moment scheduled it first: the same schedule.
      }
    } else if (!(existing instanceof CronTrigger cron
        && cron.getCronExpression().equals(definition.cron()))) {
      scheduler.rescheduleJob(key, wanted);
    }
  }
}
