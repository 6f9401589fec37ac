package eu.dualis.platform.api;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.security.Roles;
import eu.dualis.platform.service.TenantService;
import eu.dualis.tenants.provisioning.ProvisioningOutcome;
import eu.dualis.tenants.provisioning.TenantRegistration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenant provisioning for platform admins: 201 when created, 200 when it already existed. */
@Path("/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants (platform admin)")
public class TenantResource {

  @Inject TenantService tenants;
  @Inject CurrentUser user;

  @POST
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(
      summary =
          "Provision a tenant: Keycloak organization, first tenant-admin with a one-time password,"
              + " database row. Idempotent.")
  public Response provision(TenantRequest request) {
    if (request == null) {
      return Problem.invalid(
              "A JSON body with id, displayName and adminEmail is required",
              List.of(new FieldProblem("body", "is required")))
          .toResponse();
    }
    List<String> problems =
        TenantRegistration.problems(request.id(), request.displayName(), request.adminEmail());
    if (!problems.isEmpty()) {
      List<FieldProblem> errors =
          problems.stream()
              .map(
                  p ->
                      new FieldProblem(
                          p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 2)))
              .toList();
      return Problem.invalid(String.join("; ", problems), errors).toResponse();
    }
    ProvisioningOutcome outcome =
        tenants.provision(
            TenantRegistration.of(request.id(), request.displayName(), request.adminEmail()),
            user.name());
    TenantResponse body =
        new TenantResponse(
            outcome.tenant().value(),
            outcome.created(),
            outcome.adminUsername(),
            outcome.oneTimePassword(),
            outcome.message());
    return Response.status(outcome.created() ? 201 : 200).entity(body).build();
  }
}
