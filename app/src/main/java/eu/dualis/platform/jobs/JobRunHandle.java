package eu.dualis.platform.jobs;

import org.quartz.JobExecutionContext;

/**
 * What a job sees of its own run record: it reports progress as it goes (committed at once) and
 * says how the run ended. The platform starts the record before the job and writes the ending after
 * it; a job that throws ends as FAILED with the exception's message.
 */
public final class JobRunHandle {

  private static final String KEY = JobRunHandle.class.getName();

  private final JobRuns runs;
  private final String runId;
  private JobOutcome outcome = JobOutcome.SUCCEEDED;
  private String message;

  JobRunHandle(JobRuns runs, String runId) {
    this.runs = runs;
    this.runId = runId;
  }

  /** The handle of the run that is executing this job. */
  public static JobRunHandle of(JobExecutionContext context) {
    if (context.get(KEY) instanceof JobRunHandle handle) {
      return handle;
    }
    throw new IllegalStateException(
        "Job " + context.getJobDetail().getKey() + " was not started by the platform's scheduler");
  }

  void attachTo(JobExecutionContext context) {
    context.put(KEY, this);
  }

  public String runId() {
    return runId;
  }

  /** {@code done} of {@code total} units of work; visible to the API at once. */
  public void progress(int done, int total) {
    runs.progress(runId, done, total);
  }

  public void succeeded(String message) {
    this.outcome = JobOutcome.SUCCEEDED;
    this.message = message;
  }

  public void failed(String message) {
    this.outcome = JobOutcome.FAILED;
    this.message = message;
  }

  JobOutcome outcome() {
    return outcome;
  }

  String message() {
    return message;
  }
}
