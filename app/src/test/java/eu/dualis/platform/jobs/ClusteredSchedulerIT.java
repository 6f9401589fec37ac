package eu.dualis.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.migrations.Migrations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Two scheduler nodes of one cluster on the integration-test database, with the production Quartz
 * settings ({@link QuartzSettings}): a trigger that fires five times runs its job five times in
 * all, never twice for one firing, whichever node takes it. The cluster has a name of its own, so
 * that it never meets the application's {@code dualis} scheduler in the shared QRTZ_ tables, and
 * its rows are deleted afterwards.
 */
class ClusteredSchedulerIT {

  private static final int FIRINGS = 5;

  /** Executions by scheduled fire time: the node id of each execution. */
  private static final Map<Long, Queue<String>> EXECUTIONS = new ConcurrentHashMap<>();

  private final String cluster = "clustered-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<Scheduler> nodes = new ArrayList<>();

  /** Records each execution; Quartz creates it by its public no-argument constructor. */
  public static class RecordingJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      String node;
      try {
        node = context.getScheduler().getSchedulerInstanceId();
      } catch (SchedulerException e) {
        node = "?";
      }
      EXECUTIONS
          .computeIfAbsent(
              context.getScheduledFireTime().getTime(), t -> new ConcurrentLinkedQueue<>())
          .add(node);
    }
  }

  @BeforeAll
  static void migrate() {
    // The schema may not exist yet: the application creates it when it is first deployed.
    Migrations.migrate(
        env("DB_URL"),
        env("DB_USER"),
        env("DB_PASSWORD"),
        Boolean.parseBoolean(System.getenv("DEMO_DATA")));
  }

  private static String env(String name) {
    return System.getenv(name);
  }

  private Scheduler node(String instanceId) throws SchedulerException {
    Properties settings =
        QuartzSettings.clustered(
            cluster,
            instanceId,
            2,
            "db-" + instanceId,
            DriverManagerConnectionProvider.class,
            Map.of("url", env("DB_URL"), "user", env("DB_USER"), "password", env("DB_PASSWORD")));
    // Both nodes look for due triggers every second, so that they really compete for each firing.
    settings.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
    Scheduler scheduler = new StdSchedulerFactory(settings).getScheduler();
    // Quartz keeps one scheduler per name in a JVM-wide registry and would hand the first node back
    // for the second: take it out of the registry (it keeps running).
    SchedulerRepository.getInstance().remove(cluster);
    nodes.add(scheduler);
    scheduler.start();
    return scheduler;
  }

  @Test
  void eachFiringRunsExactlyOnceAcrossTwoNodes() throws Exception {
    Scheduler nodeA = node("node-a");
    node("node-b");
    JobDetail job =
        JobBuilder.newJob(RecordingJob.class).withIdentity("recording", cluster).build();
    Trigger everySecond =
        TriggerBuilder.newTrigger()
            .withIdentity("every-second", cluster)
            .startAt(new Date(System.currentTimeMillis() + 2000))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInSeconds(1)
                    .withRepeatCount(FIRINGS - 1))
            .build();
    nodeA.scheduleJob(job, everySecond);

    long deadline = System.currentTimeMillis() + 30_000;
    while (EXECUTIONS.size() < FIRINGS && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    // A firing run twice would show up a little after the first run: give it time to.
    Thread.sleep(3_000);

    System.out.println("Executions by fire time (node ids): " + EXECUTIONS);
    assertThat(EXECUTIONS).as("fire times executed").hasSize(FIRINGS);
    assertThat(EXECUTIONS.values()).allSatisfy(nodesThatRan -> assertThat(nodesThatRan).hasSize(1));
    assertThat(EXECUTIONS.values().stream().flatMap(Queue::stream))
        .allMatch(node -> node.equals("node-a") || node.equals("node-b"));
  }

  @AfterEach
  void stopAndDeleteTheCluster() throws SchedulerException, SQLException {
    for (Scheduler node : nodes) {
      node.shutdown(true);
    }
    String[] tables = {
      "FIRED_TRIGGERS",
      "SIMPLE_TRIGGERS",
      "CRON_TRIGGERS",
      "SIMPROP_TRIGGERS",
      "BLOB_TRIGGERS",
      "TRIGGERS",
      "JOB_DETAILS",
      "CALENDARS",
      "PAUSED_TRIGGER_GRPS",
      "SCHEDULER_STATE",
      "LOCKS"
    };
    try (Connection c =
        DriverManager.getConnection(env("DB_URL"), env("DB_USER"), env("DB_PASSWORD"))) {
      for (String table : tables) {
        try (PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM " + QuartzSettings.TABLE_PREFIX + table + " WHERE SCHED_NAME = ?")) {
          delete.setString(1, cluster);
          delete.executeUpdate();
        }
      }
    }
  }
}
