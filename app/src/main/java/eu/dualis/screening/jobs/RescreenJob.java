package eu.dualis.screening.jobs;

import eu.dualis.platform.jobs.JobRunHandle;
import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.platform.service.TenantService;
import eu.dualis.screening.service.PartyService;
import eu.dualis.screening.service.ScreeningIndexHolder;
import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Screens every party of every tenant against the lists in force, after a list version changed.
 * Each page of parties is its own transaction in its tenant, so one tenant's trouble does not undo
 * another's screenings, and progress shows as the pages go. New potential matches go to each
 * tenant's worklist; earlier false-positive decisions still answer unchanged entries.
 */
@Dependent
@DisallowConcurrentExecution
public class RescreenJob implements Job {

  public static final String NAME = "sanctions-rescreen";
  static final int PAGE = 200;

  @Inject TenantService tenants;
  @Inject PartyService parties;
  @Inject ScreeningIndexHolder index;

  @Override
  @ActivateRequestContext
  public void execute(JobExecutionContext context) {
    JobRunHandle run = JobRunHandle.of(context);
    // The job may run on another node than the import: make sure this node has the new lists.
    index.rebuildIfChanged();
    String actor = actor(context);
    Map<TenantId, Long> counts = new LinkedHashMap<>();
    for (TenantId tenant : tenants.all()) {
      counts.put(tenant, TenantContext.callAs(tenant, parties::count));
    }
    int total = (int) counts.values().stream().mapToLong(Long::longValue).sum();
    run.progress(0, total);
    int done = 0;
    int withHits = 0;
    for (TenantId tenant : counts.keySet()) {
      String after = "";
      while (true) {
        String from = after;
        List<String> ids = TenantContext.callAs(tenant, () -> parties.idsAfter(from, PAGE));
        if (ids.isEmpty()) {
          break;
        }
        withHits += TenantContext.callAs(tenant, () -> parties.rescreen(ids, actor));
        done += ids.size();
        // Parties created during the run may push done past the count taken at the start.
        run.progress(done, Math.max(total, done));
        after = ids.get(ids.size() - 1);
      }
    }
    long entities = index.current().entries().size();
    run.succeeded(
        done
            + " parties of "
            + counts.size()
            + " tenants rescreened against "
            + entities
            + " listed entities; "
            + withHits
            + " with potential matches");
  }

  private static String actor(JobExecutionContext context) {
    String requestedBy = context.getMergedJobDataMap().getString(Scheduling.REQUESTED_BY);
    return requestedBy == null ? NAME : NAME + " for " + requestedBy;
  }
}
