package eu.dualis.platform.jobs;

import java.util.concurrent.Executor;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Gives Quartz, for each firing, a {@link RecordedJob} that creates the real job through CDI (so
 * that it gets its dependencies injected) inside the application's context.
 */
final class CdiJobFactory implements JobFactory {

  private final Executor applicationContext;

  /**
   * @param applicationContext runs work on the calling thread with the application's context (class
   *     loader, naming, CDI), captured on an application thread
   */
  CdiJobFactory(Executor applicationContext) {
    this.applicationContext = applicationContext;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
    return new RecordedJob(bundle.getJobDetail().getJobClass(), applicationContext);
  }
}
