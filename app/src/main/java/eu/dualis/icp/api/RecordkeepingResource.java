package eu.dualis.icp.api;

import eu.dualis.icp.model.RecordKind;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Element 6: the recordkeeping policy's revisions, with retention periods (Art. 27 floor). */
@Path("/icp/recordkeeping")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ICP")
public class RecordkeepingResource {

  @Inject IcpRecordService records;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Every revision of the recordkeeping policy, newest first")
  public List<PolicyResponse> list() {
    return records.policies().stream().map(PolicyResponse::of).toList();
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Adopt a new revision; a period under 5 years is refused (Art. 27)")
  public Response adopt(PolicyRequest request) {
    PolicyRequest r = IcpInput.body(request, "recordkeeping policy");
    IcpInput in = new IcpInput();
    var from = in.date("effectiveFrom", r.effectiveFrom());
    in.check();
    Map<RecordKind, Integer> years = new EnumMap<>(RecordKind.class);
    if (r.retention() != null) {
      r.retention()
          .forEach((k, v) -> years.put(QueryParams.enumValue(RecordKind.class, "retention", k), v));
    }
    var p = records.adopt(r.text(), years, from);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(p.id()).build())
        .entity(PolicyResponse.of(p))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    records.refuseDeletion("RecordkeepingPolicy", id);
  }
}
