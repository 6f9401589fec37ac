package eu.dualis.platform.jobs;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * One firing of a job: records the run's start, creates the job through CDI, runs it, records how
 * it ended, and disposes of the job instance. It all happens in the application's context: Quartz's
 * worker threads are plain threads, on which neither CDI nor the container's transactions and
 * naming would find the application.
 */
final class RecordedJob implements Job {

  private static final Logger LOG = Logger.getLogger(RecordedJob.class.getName());

  private final Class<? extends Job> jobClass;
  private final Executor applicationContext;

  RecordedJob(Class<? extends Job> jobClass, Executor applicationContext) {
    this.jobClass = jobClass;
    this.applicationContext = applicationContext;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    AtomicReference<JobExecutionException> failure = new AtomicReference<>();
    applicationContext.execute(() -> failure.set(runRecorded(context)));
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /** Returns the failure to hand back to Quartz, or null. */
  private JobExecutionException runRecorded(JobExecutionContext context) {
    JobRuns runs = CDI.current().select(JobRuns.class).get();
    String jobName = context.getJobDetail().getKey().getName();
    String runId =
        runs.start(
            jobName,
            context.getTrigger().getKey().toString(),
            node(context),
            context.getJobDetail().isConcurrentExecutionDisallowed());
    JobRunHandle handle = new JobRunHandle(runs, runId);
    handle.attachTo(context);
    JobOutcome outcome;
    String message;
    JobExecutionException failure = null;
    // The handle disposes of the job instance (a dependent bean) and what was injected into it.
    try (Instance.Handle<? extends Job> job = CDI.current().select(jobClass).getHandle()) {
      job.get().execute(context);
      outcome = handle.outcome();
      message = handle.message();
    } catch (JobExecutionException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Job " + jobName + " (run " + runId + ") failed", e);
      outcome = JobOutcome.FAILED;
      message = describe(e);
      failure = e instanceof JobExecutionException j ? j : new JobExecutionException(e, false);
    }
    runs.finish(runId, outcome, message);
    return failure;
  }

  private static String node(JobExecutionContext context) {
    try {
      return context.getScheduler().getSchedulerInstanceId();
    } catch (SchedulerException e) {
      return "unknown";
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return "Failed: " + what;
  }
}
