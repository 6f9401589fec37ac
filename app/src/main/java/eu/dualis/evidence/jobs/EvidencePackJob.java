package eu.dualis.evidence.jobs;

import eu.dualis.evidence.model.PackContentStore;
import eu.dualis.evidence.model.PackStatus;
import eu.dualis.evidence.service.EvidencePackService;
import eu.dualis.evidence.service.PackAssembler;
import eu.dualis.evidence.service.PackAssembler.Assembled;
import eu.dualis.evidence.service.PackAssembly;
import eu.dualis.platform.jobs.JobRunHandle;
import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/**
 * Assembles one evidence pack of one tenant (both named in the job data): marks it ASSEMBLING,
 * writes the ZIP step by step with progress on the pack, stores it once, and marks it READY with
 * its hashes; any failure marks it FAILED with the reason. Two packs may assemble side by side.
 */
@Dependent
public class EvidencePackJob implements Job {

  private static final Logger LOG = Logger.getLogger(EvidencePackJob.class.getName());

  @Inject EvidencePackService packs;
  @Inject PackAssembler assembler;
  @Inject PackContentStore contents;

  @Override
  @ActivateRequestContext
  public void execute(JobExecutionContext context) {
    JobRunHandle run = JobRunHandle.of(context);
    JobDataMap data = context.getMergedJobDataMap();
    String packId = data.getString(PackAssembly.PACK);
    String tenantId = data.getString(PackAssembly.TENANT);
    String requestedBy = data.getString(Scheduling.REQUESTED_BY);
    String actor = PackAssembly.JOB + (requestedBy == null ? "" : " for " + requestedBy);
    if (packId == null || tenantId == null) {
      run.failed("No pack or tenant in the job data: nothing to assemble");
      return;
    }
    TenantId tenant = new TenantId(tenantId);
    TenantContext.runAs(
        tenant,
        () -> {
          PackStatus status = packs.get(packId).status();
          if (status == PackStatus.ASSEMBLING && context.isRecovering()) {
            // The node assembling it stopped midway: half a pack is no evidence.
            packs.failed(packId, "The node assembling the pack stopped; request it again", actor);
            run.failed("Pack " + packId + " was left half assembled by a stopped node");
            return;
          }
          if (status != PackStatus.REQUESTED) {
            run.succeeded("Pack " + packId + " was already " + status);
            return;
          }
          int total = PackAssembler.STEPS;
          packs.begin(packId, total, actor);
          run.progress(0, total);
          Assembled zip = null;
          try {
            zip =
                assembler.assemble(
                    packs.get(packId),
                    done -> {
                      packs.progress(packId, done);
                      run.progress(done, total);
                    });
            contents.store(tenantId, packId, zip.zip(), zip.sha256(), zip.size());
            packs.ready(packId, zip.sha256(), zip.size(), zip.packHash(), actor);
            run.succeeded(
                "Evidence pack " + packId + " ready: " + zip.size() + " bytes, " + zip.sha256());
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Evidence pack " + packId + " failed", e);
            packs.failed(packId, reason(e), actor);
            run.failed("Evidence pack " + packId + " failed: " + reason(e));
          } finally {
            if (zip != null) {
              try {
                Files.deleteIfExists(zip.zip());
              } catch (IOException ignored) {
                // a temporary file the OS clears anyway
              }
            }
          }
        });
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return e.getMessage() == null
        ? root.getClass().getSimpleName()
        : e.getMessage() + (root == e ? "" : " (" + root.getMessage() + ")");
  }
}
