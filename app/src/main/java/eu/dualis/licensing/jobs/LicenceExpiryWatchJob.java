package eu.dualis.licensing.jobs;

import eu.dualis.licensing.service.LicenceAlerts;
import eu.dualis.platform.jobs.JobRunHandle;
import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.platform.service.TenantService;
import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Raises licence alerts in every tenant: 90, 30 and 7 days before a licence's last valid day, and
 * when what remains of a quantity or value limit is at or below {@code
 * LICENCE_LOW_REMAINING_PERCENT} % of it. Each tenant is one transaction, so one tenant's trouble
 * neither undoes nor stops another's alerts; each (licence, kind) is raised once, so a second run
 * on the same day raises nothing.
 */
@Dependent
@DisallowConcurrentExecution
public class LicenceExpiryWatchJob implements Job {

  public static final String NAME = "licence-expiry-watch";

  private static final Logger LOG = Logger.getLogger(LicenceExpiryWatchJob.class.getName());

  @Inject TenantService tenants;
  @Inject LicenceAlerts alerts;

  @Inject
  @ConfigProperty(name = "LICENCE_LOW_REMAINING_PERCENT", defaultValue = "10")
  int lowRemainingPercent;

  @Override
  @ActivateRequestContext
  public void execute(JobExecutionContext context) {
    JobRunHandle run = JobRunHandle.of(context);
    String actor = actor(context);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<TenantId> all = tenants.all();
    run.progress(0, all.size());
    int raised = 0;
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      TenantId tenant = all.get(i);
      try {
        raised +=
            TenantContext.callAs(tenant, () -> alerts.raiseDue(today, lowRemainingPercent, actor));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Licence alerts of tenant " + tenant.value() + " failed", e);
        failed.add(tenant.value());
      }
      run.progress(i + 1, all.size());
    }
    String summary =
        raised + " licence alert(s) raised in " + all.size() + " tenant(s) for " + today;
    if (failed.isEmpty()) {
      run.succeeded(summary);
    } else {
      run.failed(summary + "; failed for " + String.join(", ", failed));
    }
  }

  private static String actor(JobExecutionContext context) {
    String requestedBy = context.getMergedJobDataMap().getString(Scheduling.REQUESTED_BY);
    return requestedBy == null ? NAME : NAME + " for " + requestedBy;
  }
}
