package eu.dualis.training.jobs;

import eu.dualis.platform.jobs.JobRunHandle;
import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.platform.service.TenantService;
import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import eu.dualis.training.service.TrainingReminders;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Raises training reminders in every tenant: 60 and 30 days before the latest record of a required
 * course expires, and when it is overdue. Each tenant is one transaction, so one tenant's trouble
 * neither undoes nor stops another's; each (record, kind) is raised once, so a second run on the
 * same day raises nothing.
 */
@Dependent
@DisallowConcurrentExecution
public class TrainingReminderJob implements Job {

  public static final String NAME = "training-reminders";

  private static final Logger LOG = Logger.getLogger(TrainingReminderJob.class.getName());

  @Inject TenantService tenants;
  @Inject TrainingReminders reminders;

  @Override
  @ActivateRequestContext
  public void execute(JobExecutionContext context) {
    JobRunHandle run = JobRunHandle.of(context);
    String requestedBy = context.getMergedJobDataMap().getString(Scheduling.REQUESTED_BY);
    String actor = requestedBy == null ? NAME : NAME + " for " + requestedBy;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<TenantId> all = tenants.all();
    run.progress(0, all.size());
    int raised = 0;
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      TenantId tenant = all.get(i);
      try {
        raised += TenantContext.callAs(tenant, () -> reminders.raiseDue(today, actor));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Training reminders of tenant " + tenant.value() + " failed", e);
        failed.add(tenant.value());
      }
      run.progress(i + 1, all.size());
    }
    String summary =
        raised + " training reminder(s) raised in " + all.size() + " tenant(s) for " + today;
    if (failed.isEmpty()) {
      run.succeeded(summary);
    } else {
      run.failed(summary + "; failed for " + String.join(", ", failed));
    }
  }
}
