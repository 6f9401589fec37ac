package eu.dualis.platform.api;

import eu.dualis.platform.jobs.JobRun;
import java.time.Instant;

/** A job run as the API returns it; {@code finishedAt} is null while it runs. */
public record JobRunResponse(
    String id,
    String jobName,
    String triggerKey,
    String node,
    Instant startedAt,
    Instant finishedAt,
    String outcome,
    String message,
    int done,
    int total) {

  static JobRunResponse of(JobRun run) {
    return new JobRunResponse(
        run.id(),
        run.jobName(),
        run.triggerKey(),
        run.node(),
        run.startedAt(),
        run.finishedAt(),
        run.outcome().name(),
        run.message(),
        run.done(),
        run.total());
  }
}
