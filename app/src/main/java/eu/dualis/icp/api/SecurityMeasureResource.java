package eu.dualis.icp.api;

import eu.dualis.icp.model.SecurityKind;
import eu.dualis.icp.service.IcpRecordService;
import eu.dualis.platform.api.QueryParams;
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

/** Element 7: physical and information security measures, one record per review. */
@Path("/icp/security-measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ICP")
public class SecurityMeasureResource {

  @Inject IcpRecordService records;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Every measure review, newest first")
  public List<MeasureResponse> list() {
    return records.measures().stream().map(MeasureResponse::of).toList();
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Record a measure as reviewed on a day")
  public Response review(MeasureRequest request) {
    MeasureRequest r = IcpInput.body(request, "security measure");
    IcpInput in = new IcpInput();
    var on = in.date("reviewedOn", r.reviewedOn());
    in.check();
    SecurityKind kind = QueryParams.enumValue(SecurityKind.class, "kind", r.kind());
    var m = records.review(kind, r.description(), on);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(m.id()).build())
        .entity(MeasureResponse.of(m))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    records.refuseDeletion("SecurityMeasure", id);
  }
}
