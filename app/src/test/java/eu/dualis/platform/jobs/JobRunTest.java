package eu.dualis.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobRunTest {

  private static final Instant START = Instant.parse("2026-01-05T03:00:00Z");

  private final JobRun run = new JobRun("control-list-watch", "dualis.schedule", "node-a", START);

  @Test
  void startsRunningWithNothingDone() {
    assertThat(run.outcome()).isEqualTo(JobOutcome.RUNNING);
    assertThat(run.isRunning()).isTrue();
    assertThat(run.done()).isZero();
    assertThat(run.total()).isZero();
    assertThat(run.finishedAt()).isNull();
  }

  @Test
  void progressMustBePossible() {
    run.progress(2, 5);
    assertThat(run.done()).isEqualTo(2);
    assertThat(run.total()).isEqualTo(5);
    assertThatThrownBy(() -> run.progress(6, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> run.progress(-1, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void finishesOnceAndThenTakesNoProgress() {
    Instant end = START.plusSeconds(4);
    run.finish(JobOutcome.SUCCEEDED, "2 files imported", end);
    assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
    assertThat(run.finishedAt()).isEqualTo(end);
    assertThat(run.message()).isEqualTo("2 files imported");
    assertThatThrownBy(() -> run.finish(JobOutcome.FAILED, "again", end))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> run.progress(1, 1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void runningIsNoWayToFinish() {
    assertThatThrownBy(() -> run.finish(JobOutcome.RUNNING, "", START))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(run.isRunning()).isTrue();
  }

  @Test
  void aLongMessageIsCutToWhatTheColumnHolds() {
    run.finish(JobOutcome.FAILED, "x".repeat(JobRun.MAX_MESSAGE * 2), START);
    assertThat(run.message()).hasSize(JobRun.MAX_MESSAGE).endsWith("characters)");
  }
}
