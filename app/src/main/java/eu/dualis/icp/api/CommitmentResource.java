package eu.dualis.icp.api;

import eu.dualis.icp.service.IcpRecordService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Element 1: the management's commitment statements, every revision. */
@Path("/icp/commitments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ICP")
public class CommitmentResource {

  @Inject IcpRecordService records;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Every revision of the commitment statement, newest signature first")
  public List<CommitmentResponse> list() {
    return records.commitments().stream().map(CommitmentResponse::of).toList();
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Record a signed statement: a new revision, earlier ones are kept")
  public Response sign(CommitmentRequest request) {
    CommitmentRequest r = IcpInput.body(request, "commitment statement");
    IcpInput in = new IcpInput();
    var signedOn = in.date("signedOn", r.signedOn());
    in.check();
    var s =
        records.sign(
            r.text(), r.signedByName(), r.signedByFunction(), signedOn, r.publishedWhere());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(s.id()).build())
        .entity(CommitmentResponse.of(s))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    records.refuseDeletion("CommitmentStatement", id);
  }
}
