package eu.dualis.platform.jobs;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import java.util.List;
import java.util.Optional;

/** Job runs are added and then changed only through their own methods; never deleted here. */
public interface JobRunRepository {

  void add(JobRun run);

  Optional<JobRun> find(String id);

  /** Newest first; all jobs when {@code jobName} is null. */
  Page<JobRun> list(String jobName, PageRequest page);

  /** The runs of a job that have not finished (yet, or ever: their node died). */
  List<JobRun> running(String jobName);
}
