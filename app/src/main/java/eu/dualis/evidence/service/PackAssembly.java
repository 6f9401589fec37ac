package eu.dualis.evidence.service;

import eu.dualis.platform.jobs.SchedulerUnavailableException;
import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.tenants.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Starts the assembly of a requested pack as a run of the evidence-pack job, with the tenant and
 * the pack in its job data. Called after the request's transaction committed, so that the job,
 * which may start at once on any node, finds the pack.
 */
@ApplicationScoped
public class PackAssembly {

  public static final String JOB = "evidence-pack";
  public static final String TENANT = "tenantId";
  public static final String PACK = "packId";

  @Inject Scheduling scheduling;
  @Inject EvidencePackService packs;

  public void start(String packId, String requestedBy) {
    try {
      scheduling.triggerNow(
          JOB, requestedBy, Map.of(TENANT, TenantContext.require().value(), PACK, packId));
    } catch (SchedulerUnavailableException e) {
      packs.failed(packId, "No node could start the assembly: " + e.getMessage(), requestedBy);
    }
  }
}
