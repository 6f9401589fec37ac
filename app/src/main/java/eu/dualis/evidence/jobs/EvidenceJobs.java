package eu.dualis.evidence.jobs;

import eu.dualis.evidence.service.PackAssembly;
import eu.dualis.platform.jobs.JobDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Registers the evidence-pack job: no schedule, it runs when a pack is requested. */
@ApplicationScoped
public class EvidenceJobs {

  @Produces
  JobDefinition evidencePack() {
    return new JobDefinition(
        PackAssembly.JOB,
        "Assembles one requested evidence pack (ZIP with PDF, annexes, documents, manifest)",
        EvidencePackJob.class,
        null,
        true);
  }
}
