package eu.dualis.screening.api;

import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Runs a screening job now (platform admins): the sanctions list watch, or a rescreening of every
 * party of every tenant.
 */
@Path("/job-runs/{job: sanctions-list-watch|sanctions-rescreen}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Job runs (platform admin)")
public class ScreeningJobsResource {

  @Inject Scheduling scheduling;
  @Inject CurrentUser user;
  @Context UriInfo uriInfo;

  /** The answer to a trigger: which job, for whom. */
  public record Triggered(String jobName, String requestedBy) {}

  @POST
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(
      summary =
          "Run sanctions-list-watch (import new list versions) or sanctions-rescreen (screen"
              + " every party again) now; the run is recorded when a node starts it")
  public Response trigger(@PathParam("job") String job) {
    scheduling.triggerNow(job, user.name());
    return Response.accepted(new Triggered(job, user.name()))
        .location(uriInfo.getBaseUriBuilder().path("job-runs").queryParam("jobName", job).build())
        .build();
  }
}
