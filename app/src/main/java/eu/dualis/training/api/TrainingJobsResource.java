package eu.dualis.training.api;

import eu.dualis.platform.jobs.Scheduling;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.security.Roles;
import eu.dualis.training.jobs.TrainingReminderJob;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the training reminder job now (platform admins). */
@Path("/job-runs/" + TrainingReminderJob.NAME)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Job runs (platform admin)")
public class TrainingJobsResource {

  @Inject Scheduling scheduling;
  @Inject CurrentUser user;
  @Context UriInfo uriInfo;

  /** The answer to a trigger: which job, for whom. */
  public record Triggered(String jobName, String requestedBy) {}

  @POST
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Run training-reminders now: raises due training reminders in every tenant")
  public Response trigger() {
    scheduling.triggerNow(TrainingReminderJob.NAME, user.name());
    return Response.accepted(new Triggered(TrainingReminderJob.NAME, user.name()))
        .location(
            uriInfo
                .getBaseUriBuilder()
                .path("job-runs")
                .queryParam("jobName", TrainingReminderJob.NAME)
                .build())
        .build();
  }
}
