package eu.dualis.platform.jobs;

import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.persistence.SchemaMigrated;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The node's Quartz scheduler: started once the schema is migrated (it needs the QRTZ_ tables),
 * with every {@link JobDefinition} that the capabilities produce, and stopped before the
 * application's beans go away, waiting for running jobs to end. With {@code JOBS_ENABLED=false} the
 * node runs no scheduler (and no jobs); the other nodes of the cluster still do.
 */
@ApplicationScoped
public class Scheduling {

  /** The job data key that tells who asked for a run now (absent for scheduled runs). */
  public static final String REQUESTED_BY = "requestedBy";

  static final String SCHEDULER_NAME = "dualis";
  static final String DATA_SOURCE = "jdbc/dualisMigrations";
  static final int THREADS = 2;

  private static final Logger LOG = Logger.getLogger(Scheduling.class.getName());

  @Inject
  @ConfigProperty(name = "JOBS_ENABLED", defaultValue = "true")
  boolean enabled;

  @Inject @Any Instance<JobDefinition> definitions;

  @Resource ContextService contextService;

  private volatile Scheduler scheduler;

  void start(@Observes SchemaMigrated schema) {
    if (!enabled) {
      LOG.info("Jobs are disabled on this node (JOBS_ENABLED=false): no scheduler started");
      return;
    }
    try {
      Scheduler quartz =
          new StdSchedulerFactory(
                  QuartzSettings.clustered(
                      SCHEDULER_NAME,
                      "AUTO",
                      THREADS,
                      "dualis",
                      DataSourceConnectionProvider.class,
                      Map.of("jndiName", DATA_SOURCE)))
              .getScheduler();
      // Captured here, on an application thread: jobs run with this context.
      quartz.setJobFactory(new CdiJobFactory(contextService.currentContextExecutor()));
      for (JobDefinition definition : definitions) {
        JobRegistration.register(quartz, definition);
      }
      quartz.start();
      scheduler = quartz;
      LOG.info(
          () ->
              "Scheduler "
                  + SCHEDULER_NAME
                  + " started as node "
                  + instanceId(quartz)
                  + " (clustered, "
                  + THREADS
                  + " threads)");
    } catch (SchedulerException e) {
      throw new IllegalStateException("The job scheduler could not start", e);
    }
  }

  /** Before the application context goes: running jobs still find the beans they use. */
  void beforeShutdown(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    stop();
  }

  @PreDestroy
  void stop() {
    Scheduler quartz = scheduler;
    scheduler = null;
    if (quartz == null) {
      return;
    }
    try {
      quartz.shutdown(true);
      LOG.info("Scheduler " + SCHEDULER_NAME + " stopped");
    } catch (SchedulerException e) {
      LOG.log(Level.WARNING, "The job scheduler did not stop cleanly", e);
    }
  }

  public boolean isRunning() {
    return scheduler != null;
  }

  /**
   * Fires a job now, on whichever node of the cluster takes it first. The run's id is not known
   * yet: the run is recorded when it starts.
   *
   * @throws RecordNotFoundException no such job
   * @throws SchedulerUnavailableException this node runs no scheduler
   */
  public void triggerNow(String jobName, String requestedBy) {
    triggerNow(jobName, requestedBy, Map.of());
  }

  /**
   * Fires a job now with extra job data, e.g. which tenant's record one run works on (a job of one
   * record rather than of every tenant).
   */
  public void triggerNow(String jobName, String requestedBy, Map<String, String> jobData) {
    Scheduler quartz = scheduler;
    if (quartz == null) {
      throw new SchedulerUnavailableException(
          "This node runs no jobs (JOBS_ENABLED=false, or it is stopping); ask another node");
    }
    try {
      JobKey key = JobKey.jobKey(jobName, JobRegistration.GROUP);
      if (!quartz.checkExists(key)) {
        throw new RecordNotFoundException("Job", jobName);
      }
      JobDataMap data = new JobDataMap();
      jobData.forEach(data::put);
      data.put(REQUESTED_BY, requestedBy);
      quartz.triggerJob(key, data);
    } catch (SchedulerException e) {
      throw new IllegalStateException("Job " + jobName + " could not be triggered", e);
    }
  }

  private static String instanceId(Scheduler quartz) {
    try {
      return quartz.getSchedulerInstanceId();
    } catch (SchedulerException e) {
      return "?";
    }
  }
}
