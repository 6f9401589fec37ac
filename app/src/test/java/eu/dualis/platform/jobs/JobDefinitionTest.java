package eu.dualis.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quartz.Job;

class JobDefinitionTest {

  private static final Job NOTHING = context -> {};

  @Test
  void aScheduleThatIsNoCronExpressionIsRefusedNamingTheJob() {
    assertThatThrownBy(
            () -> new JobDefinition("watch", "d", NOTHING.getClass(), "every day at 3", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("watch")
        .hasMessageContaining("every day at 3");
  }

  @Test
  void aJobMayHaveNoScheduleAndRunOnlyWhenTriggered() {
    assertThat(new JobDefinition("watch", "d", NOTHING.getClass(), null, true).cron()).isNull();
    assertThat(new JobDefinition("watch", "d", NOTHING.getClass(), "0 0 3 * * ?", true).cron())
        .isEqualTo("0 0 3 * * ?");
  }

  @Test
  void aJobNeedsANameAndAClass() {
    assertThatThrownBy(() -> new JobDefinition(" ", "d", NOTHING.getClass(), null, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JobDefinition("watch", "d", null, null, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
