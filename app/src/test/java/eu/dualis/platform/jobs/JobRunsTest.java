package eu.dualis.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobRunsTest {

  /** The repository as a map: enough for the service's own rules. */
  private static final class InMemoryRuns implements JobRunRepository {
    final Map<String, JobRun> runs = new LinkedHashMap<>();

    @Override
    public void add(JobRun run) {
      runs.put(run.id(), run);
    }

    @Override
    public Optional<JobRun> find(String id) {
      return Optional.ofNullable(runs.get(id));
    }

    @Override
    public Page<JobRun> list(String jobName, PageRequest page) {
      List<JobRun> all = runs.values().stream().toList();
      return new Page<>(all, page.page(), page.size(), all.size());
    }

    @Override
    public List<JobRun> running(String jobName) {
      return runs.values().stream()
          .filter(r -> r.jobName().equals(jobName) && r.isRunning())
          .toList();
    }
  }

  private final InMemoryRuns repository = new InMemoryRuns();
  private final JobRuns jobRuns = new JobRuns();

  {
    jobRuns.runs = repository;
  }

  @Test
  void aRunGoesFromStartThroughProgressToItsEnd() {
    String id = jobRuns.start("watch", "dualis.watch-schedule", "node-a", true);
    jobRuns.progress(id, 1, 3);
    assertThat(jobRuns.get(id).done()).isEqualTo(1);
    jobRuns.finish(id, JobOutcome.SUCCEEDED, "3 files");
    JobRun run = jobRuns.get(id);
    assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
    assertThat(run.node()).isEqualTo("node-a");
    assertThat(run.finishedAt()).isAfterOrEqualTo(run.startedAt());
  }

  @Test
  void anExclusiveJobClosesTheRunThatADeadNodeLeftRunning() {
    String abandoned = jobRuns.start("watch", "t", "node-a", true);
    String other = jobRuns.start("another-job", "t", "node-a", true);
    String next = jobRuns.start("watch", "t", "node-b", true);

    assertThat(jobRuns.get(abandoned).outcome()).isEqualTo(JobOutcome.FAILED);
    assertThat(jobRuns.get(abandoned).message())
        .contains("node node-a stopped")
        .contains("noticed by node-b");
    assertThat(jobRuns.get(other).isRunning()).isTrue();
    assertThat(jobRuns.get(next).isRunning()).isTrue();
  }

  @Test
  void aJobThatMayRunInParallelLeavesOtherRunsAlone() {
    String first = jobRuns.start("parallel", "t", "node-a", false);
    jobRuns.start("parallel", "t", "node-b", false);
    assertThat(jobRuns.get(first).isRunning()).isTrue();
  }

  @Test
  void anUnknownRunIsNotFound() {
    assertThatThrownBy(() -> jobRuns.get("nope")).isInstanceOf(RecordNotFoundException.class);
  }
}
