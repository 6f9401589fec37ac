package eu.dualis.training.api;

import eu.dualis.platform.security.Roles;
import eu.dualis.training.api.Responses.MatrixResponse;
import eu.dualis.training.service.TrainingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The training matrix: who holds which required course (ICP element 3). */
@Path("/training-matrix")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingMatrixResource {

  @Inject TrainingService training;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(
      summary =
          "Active trainees x required courses on a date (on: YYYY-MM-DD, default today):"
              + " CURRENT, EXPIRING (within 60 days), OVERDUE (expired or failed), MISSING")
  public MatrixResponse matrix(@QueryParam("on") String on) {
    LocalDate day = Requests.date("on", on);
    return MatrixResponse.of(training.matrix(day == null ? LocalDate.now(ZoneOffset.UTC) : day));
  }
}
