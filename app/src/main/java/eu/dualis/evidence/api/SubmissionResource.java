package eu.dualis.evidence.api;

import eu.dualis.evidence.service.SubmissionService;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Licence applications sent with an evidence pack, and their status history. */
@Path("/submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class SubmissionResource {

  @Inject SubmissionService submissions;
  @Inject UriInfo uriInfo;

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Record that a READY pack was sent to an authority (status SUBMITTED)")
  public Response submit(SubmissionRequest request) {
    SubmissionRequest body = body(request);
    var s =
        submissions.submit(
            body.packId(), body.authority(), body.sentOnDate(), body.authorityReference());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(s.id()).build())
        .entity(SubmissionResponse.of(s, submissions.history(s.id())))
        .build();
  }

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Submissions, newest first; packId: of one pack")
  public List<SubmissionResponse> list(@QueryParam("packId") String packId) {
    return submissions.list(packId).stream()
        .map(s -> SubmissionResponse.of(s, submissions.history(s.id())))
        .toList();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One submission with its status history")
  public SubmissionResponse get(@PathParam("id") String id) {
    return SubmissionResponse.of(submissions.get(id), submissions.history(id));
  }

  @POST
  @Path("/{id}/status")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Record a new status (QUESTIONS, GRANTED with licenceId, REFUSED; send the version);"
              + " earlier ones are kept")
  public SubmissionResponse changeStatus(@PathParam("id") String id, SubmissionRequest request) {
    var s = submissions.changeStatus(id, body(request).statusInput());
    return SubmissionResponse.of(s, submissions.history(id));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: a submission is evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    submissions.remove(id);
  }

  private static SubmissionRequest body(SubmissionRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object is required");
    }
    return request;
  }
}
