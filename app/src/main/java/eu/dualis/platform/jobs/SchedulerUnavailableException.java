package eu.dualis.platform.jobs;

/**
 * This node runs no scheduler (JOBS_ENABLED=false, or it is stopping): nothing can be triggered.
 */
public class SchedulerUnavailableException extends RuntimeException {

  public SchedulerUnavailableException(String message) {
    super(message);
  }
}
