package eu.dualis.icp.api;

import eu.dualis.icp.model.RoleFunction;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Element 2: who holds which compliance role, with what responsibilities and resources. */
@Path("/icp/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ICP")
public class ComplianceRoleResource {

  @Inject IcpRecordService records;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Every compliance role, past and present")
  public List<RoleResponse> list() {
    return records.roles().stream().map(RoleResponse::of).toList();
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Appoint a person to a compliance role")
  public Response appoint(RoleRequest request) {
    RoleRequest r = IcpInput.body(request, "role");
    IcpInput in = new IcpInput();
    var fte = in.number("fte", r.fte());
    var from = in.date("from", r.from());
    var to = in.date("to", r.to());
    in.check();
    RoleFunction function = QueryParams.enumValue(RoleFunction.class, "function", r.function());
    var role = records.appoint(r.person(), function, r.responsibilities(), fte, from, to);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(role.id()).build())
        .entity(RoleResponse.of(role))
        .build();
  }

  @PUT
  @Path("/{id}/end")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Record the last day in office (send the version you read)")
  public RoleResponse end(@PathParam("id") String id, RoleEndRequest request) {
    RoleEndRequest r = IcpInput.body(request, "end of office");
    IcpInput in = new IcpInput();
    var to = in.date("to", r.to());
    in.check();
    return RoleResponse.of(records.endRole(id, IcpInput.version(r.version(), "role"), to));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: evidence kept under Art. 27; record the end of office instead")
  public void remove(@PathParam("id") String id) {
    records.refuseDeletion("ComplianceRole", id);
  }
}
