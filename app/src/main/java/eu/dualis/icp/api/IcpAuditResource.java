package eu.dualis.icp.api;

import eu.dualis.icp.model.ActionStatus;
import eu.dualis.icp.model.AuditKind;
import eu.dualis.icp.service.IcpRecordService;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
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

/** Element 5: audits of the ICP, their findings and the corrective actions taken. */
@Path("/icp/audits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ICP")
public class IcpAuditResource {

  @Inject IcpRecordService records;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Every audit, newest first")
  public List<AuditResponse> list() {
    return records.audits().stream().map(AuditResponse::of).toList();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One audit")
  public AuditResponse get(@PathParam("id") String id) {
    return AuditResponse.of(records.audit(id));
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Record an audit that took place")
  public Response record(AuditRequest request) {
    AuditRequest r = IcpInput.body(request, "audit");
    IcpInput in = new IcpInput();
    var on = in.date("auditedOn", r.auditedOn());
    in.check();
    AuditKind kind = QueryParams.enumValue(AuditKind.class, "kind", r.kind());
    var a = records.recordAudit(on, kind, r.scope(), r.findings());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(a.id()).build())
        .entity(AuditResponse.of(a))
        .build();
  }

  @GET
  @Path("/{id}/corrective-actions")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "The corrective actions agreed on the audit's findings")
  public List<CorrectiveActionResponse> actions(@PathParam("id") String id) {
    return records.correctiveActions(id).stream().map(CorrectiveActionResponse::of).toList();
  }

  @POST
  @Path("/{id}/corrective-actions")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Agree a corrective action on a finding; it starts OPEN")
  public Response agree(@PathParam("id") String id, CorrectiveActionRequest request) {
    CorrectiveActionRequest r = IcpInput.body(request, "corrective action");
    IcpInput in = new IcpInput();
    var due = in.date("due", r.due());
    in.check();
    var c = records.agree(id, r.finding(), r.description(), r.owner(), due);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(c.id()).build())
        .entity(CorrectiveActionResponse.of(c))
        .build();
  }

  @PUT
  @Path("/{id}/corrective-actions/{actionId}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Mark an action DONE on a day (send the version you read)")
  public CorrectiveActionResponse status(
      @PathParam("id") String id,
      @PathParam("actionId") String actionId,
      ActionStatusRequest request) {
    ActionStatusRequest r = IcpInput.body(request, "status");
    if (QueryParams.enumValue(ActionStatus.class, "status", r.status()) != ActionStatus.DONE) {
      throw InvalidInputException.of("status", "must be DONE: an action is only ever completed");
    }
    IcpInput in = new IcpInput();
    var doneOn = in.date("doneOn", r.doneOn());
    in.check();
    return CorrectiveActionResponse.of(
        records.done(id, actionId, IcpInput.version(r.version(), "action"), doneOn));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    records.refuseDeletion("AuditRecord", id);
  }

  @DELETE
  @Path("/{id}/corrective-actions/{actionId}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: evidence kept under Art. 27")
  public void removeAction(@PathParam("id") String id, @PathParam("actionId") String actionId) {
    records.audit(id);
    records.refuseDeletion("CorrectiveAction", actionId);
  }
}
