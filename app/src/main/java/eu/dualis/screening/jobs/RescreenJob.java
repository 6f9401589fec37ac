package eu.dualis.screening.jobs;

import eu.dualis.platform.jobs.JobRunHandle;
import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.platform.service.TenantService;
import eu.dualis.screening.service.PartyService;
import eu.dualis.screening.service.ScreeningIndexHolder;
import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Screens every party of every tenant against the lists in force, after a list version changed. The
 * parties are cut into pages; each page is one transaction in its tenant, so one tenant's trouble
 * does not undo another's screenings, and progress shows page by page. Pages run on {@code
 * SANCTIONS_RESCREEN_THREADS} threads (default 2: matching and the database work side by side). New
 * potential matches go to each tenant's worklist; earlier false-positive decisions still answer
 * unchanged entries.
 */
@Dependent
@DisallowConcurrentExecution
public class RescreenJob implements Job {

  public static final String NAME = "sanctions-rescreen";
  static final int PAGE = 200;
  static final int ID_PAGE = 5_000;

  @Inject TenantService tenants;
  @Inject PartyService parties;
  @Inject ScreeningIndexHolder index;

  @Inject
  @ConfigProperty(name = "SANCTIONS_RESCREEN_THREADS", defaultValue = "2")
  int threads;

  @Resource ManagedExecutorService executor;

  /** One page of one tenant's parties. */
  private record Page(TenantId tenant, List<String> ids) {}

  @Override
  @ActivateRequestContext
  public void execute(JobExecutionContext context) {
    JobRunHandle run = JobRunHandle.of(context);
    // The job may run on another node than the import: make sure this node has the new lists.
    index.rebuildIfChanged();
    String actor = actor(context);
    Queue<Page> pages = new ConcurrentLinkedQueue<>();
    Set<TenantId> withParties = new HashSet<>();
    int total = 0;
    for (TenantId tenant : tenants.all()) {
      for (List<String> ids : TenantContext.callAs(tenant, () -> allIds())) {
        for (int i = 0; i < ids.size(); i += PAGE) {
          pages.add(new Page(tenant, ids.subList(i, Math.min(ids.size(), i + PAGE))));
        }
        total += ids.size();
        withParties.add(tenant);
      }
    }
    run.progress(0, total);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger withHits = new AtomicInteger();
    int all = total;
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < Math.max(1, threads); t++) {
      workers.add(
          executor.submit(
              () -> {
                for (Page page = pages.poll(); page != null; page = pages.poll()) {
                  List<String> ids = page.ids();
                  withHits.addAndGet(
                      TenantContext.callAs(page.tenant(), () -> parties.rescreen(ids, actor)));
                  report(run, done.addAndGet(ids.size()), all);
                }
              }));
    }
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        run.failed("Interrupted after " + done.get() + " of " + total + " parties");
        return;
      } catch (ExecutionException e) {
        pages.clear();
        run.failed(
            "Stopped after "
                + done.get()
                + " of "
                + total
                + " parties: "
                + e.getCause().getMessage());
        return;
      }
    }
    run.succeeded(
        done.get()
            + " parties of "
            + withParties.size()
            + " tenants rescreened against "
            + index.current().entries().size()
            + " listed entities; "
            + withHits.get()
            + " with potential matches");
  }

  private int reported;

  /** One progress update at a time, never going backwards, though pages end on two threads. */
  private synchronized void report(JobRunHandle run, int done, int total) {
    if (done > reported) {
      reported = done;
      run.progress(done, total);
    }
  }

  /** The tenant's party ids in id order, in lists of at most {@value #ID_PAGE}. */
  private List<List<String>> allIds() {
    List<List<String>> all = new ArrayList<>();
    String after = "";
    while (true) {
      List<String> ids = parties.idsAfter(after, ID_PAGE);
      if (ids.isEmpty()) {
        return all;
      }
      all.add(ids);
      after = ids.get(ids.size() - 1);
    }
  }

  private static String actor(JobExecutionContext context) {
    String requestedBy = context.getMergedJobDataMap().getString(Scheduling.REQUESTED_BY);
    return requestedBy == null ? NAME : NAME + " for " + requestedBy;
  }
}
