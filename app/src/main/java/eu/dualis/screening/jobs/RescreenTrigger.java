package eu.dualis.screening.jobs;

import eu.dualis.platform.jobs.SchedulerUnavailableException;
import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.screening.service.SanctionsListService.ListVersionsChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/** A new list version in force: every party is rescreened, on whichever node takes the job. */
@ApplicationScoped
public class RescreenTrigger {

  private static final Logger LOG = Logger.getLogger(RescreenTrigger.class.getName());

  @Inject Scheduling scheduling;

  // After the index of this node was rebuilt: its observer has the default priority, APPLICATION +
  // 500.
  void onNewVersion(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) ListVersionsChanged changed) {
    try {
      scheduling.triggerNow(
          RescreenJob.NAME, changed.version().source() + " version " + changed.version().id());
    } catch (SchedulerUnavailableException e) {
      LOG.warning(
          "List "
              + changed.version().source()
              + " changed but this node runs no jobs; the parties are rescreened when the job"
              + " next runs on a node that does: "
              + e.getMessage());
    }
  }
}
