package eu.dualis.platform.api;

import eu.dualis.platform.jobs.JobRuns;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The record of scheduled job runs across the cluster, for platform admins: what ran where, how far
 * a running job got, and how each run ended. Each capability triggers its own jobs under this path
 * (e.g. {@code POST /job-runs/control-list-watch}).
 */
@Path("/job-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Job runs (platform admin)")
public class JobRunResource {

  @Inject JobRuns runs;

  @GET
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Job runs, newest first; jobName filters by job (e.g. control-list-watch)")
  public JobRunPage list(
      @QueryParam("jobName") String jobName,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    var result = runs.list(jobName, QueryParams.page(page, size)).map(JobRunResponse::of);
    return new JobRunPage(result.items(), result.page(), result.size(), result.total());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "One run, with its progress (done of total) while it runs")
  public JobRunResponse get(@PathParam("id") String id) {
    return JobRunResponse.of(runs.get(id));
  }
}
