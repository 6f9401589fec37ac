package eu.dualis.classification.api;

import eu.dualis.classification.jobs.ControlListWatchJob;
import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the control list watch now instead of waiting for its schedule (platform admins). */
@Path("/job-runs/" + ControlListWatchJob.NAME)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Job runs (platform admin)")
public class ControlListWatchResource {

  @Inject Scheduling scheduling;
  @Inject CurrentUser user;
  @Context UriInfo uriInfo;

  @POST
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(
      summary =
          "Run the control list watch now: import new files from the drop folder and flag what"
              + " they change. The run is recorded when a node starts it: follow the Location.")
  @APIResponse(responseCode = "202", description = "Triggered; the job runs list is the Location")
  @APIResponse(responseCode = "503", description = "This node runs no jobs (JOBS_ENABLED=false)")
  public Response trigger() {
    scheduling.triggerNow(ControlListWatchJob.NAME, user.name());
    URI runs =
        uriInfo
            .getBaseUriBuilder()
            .path("job-runs")
            .queryParam("jobName", ControlListWatchJob.NAME)
            .build();
    return Response.accepted(new Triggered(ControlListWatchJob.NAME, user.name()))
        .location(runs)
        .build();
  }

  /** The answer to a trigger: which job, for whom. */
  public record Triggered(String jobName, String requestedBy) {}
}
