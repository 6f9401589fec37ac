package eu.dualis.platform.jobs;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The record of job runs. Every change is committed at once in a transaction of its own ({@code
 * REQUIRES_NEW}): a run that is still going shows its progress to whoever polls the API, and a job
 * whose own work rolls back still leaves its start, progress and failure on record.
 */
@ApplicationScoped
@Transactional
public class JobRuns {

  static final String RECORD_TYPE = "Job run";

  @Inject JobRunRepository runs;

  /**
   * Records that a run started on {@code node}.
   *
   * @param exclusive the job never runs twice at once in the cluster ({@code
   *     DisallowConcurrentExecution}): a run of it still marked running belonged to a node that
   *     stopped in the middle, and is closed as failed here
   * @return the new run's id
   */
  @Transactional(TxType.REQUIRES_NEW)
  public String start(String jobName, String triggerKey, String node, boolean exclusive) {
    Instant now = now();
    if (exclusive) {
      for (JobRun abandoned : runs.running(jobName)) {
        abandoned.finish(
            JobOutcome.FAILED,
            "Did not finish: node "
                + abandoned.node()
                + " stopped while it ran (noticed by "
                + node
                + " when the job ran again)",
            now);
      }
    }
    JobRun run = new JobRun(jobName, triggerKey, node, now);
    runs.add(run);
    return run.id();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void progress(String runId, int done, int total) {
    get(runId).progress(done, total);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void finish(String runId, JobOutcome outcome, String message) {
    get(runId).finish(outcome, message, now());
  }

  public Page<JobRun> list(String jobName, PageRequest page) {
    return runs.list(jobName == null || jobName.isBlank() ? null : jobName.strip(), page);
  }

  public JobRun get(String runId) {
    return runs.find(runId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, runId));
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
