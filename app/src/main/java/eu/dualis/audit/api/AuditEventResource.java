package eu.dualis.audit.api;

import eu.dualis.audit.service.AuditQueries;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditEventResource {

  @Inject AuditQueries audit;

  @GET
  @RolesAllowed({Roles.AUDITOR, Roles.COMPLIANCE_OFFICER, Roles.TENANT_ADMIN})
  @Operation(summary = "The tenant's audit events, newest first; filter by recordType/recordId")
  public AuditEventPage list(
      @QueryParam("recordType") String recordType,
      @QueryParam("recordId") String recordId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    var result =
        audit.list(recordType, recordId, QueryParams.page(page, size)).map(AuditEventResponse::of);
    return new AuditEventPage(result.items(), result.page(), result.size(), result.total());
  }
}
