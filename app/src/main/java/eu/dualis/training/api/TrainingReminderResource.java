package eu.dualis.training.api;

import eu.dualis.platform.security.Roles;
import eu.dualis.training.api.Responses.ReminderResponse;
import eu.dualis.training.service.TrainingReminders;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reminders that required trainings expire or have: raised by the daily job. */
@Path("/training-reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingReminderResource {

  @Inject TrainingReminders reminders;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Open (unacknowledged) training reminders, newest first")
  public List<ReminderResponse> open() {
    return reminders.open().stream().map(ReminderResponse::of).toList();
  }

  @POST
  @Path("/{id}/acknowledgement")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Acknowledge a reminder (once)")
  public ReminderResponse acknowledge(@PathParam("id") String id) {
    return ReminderResponse.of(reminders.acknowledge(id));
  }
}
