package eu.dualis.licensing.api;

import eu.dualis.licensing.model.LicenceFilter;
import eu.dualis.licensing.model.LicenceKind;
import eu.dualis.licensing.model.LicenceRepository;
import eu.dualis.licensing.model.LicenceStatus;
import eu.dualis.licensing.service.LicenceAlerts;
import eu.dualis.licensing.service.LicenceService;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * The caller's licence register: individual, global and national general licences and registrations
 * to use EU001-EU008. Compliance officers write; sales staff and auditors read.
 */
@Path("/licences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licences")
public class LicenceResource {

  @Inject LicenceService licences;
  @Inject LicenceAlerts alerts;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(
      summary =
          "List the register (q: number or holder; kind; status, EXPIRED judged today;"
              + " expiringWithinDays)")
  public Page<LicenceResponse> list(
      @QueryParam("q") String query,
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("expiringWithinDays") String expiringWithinDays,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size,
      @QueryParam("sort") String sort) {
    Integer within =
        expiringWithinDays == null || expiringWithinDays.isBlank()
            ? null
            : QueryParams.wholeNumber("expiringWithinDays", expiringWithinDays);
    return licences
        .search(
            new LicenceFilter(
                query,
                QueryParams.enumValue(LicenceKind.class, "kind", kind),
                QueryParams.enumValue(LicenceStatus.class, "status", status),
                within,
                null),
            SortOrder.parse(sort, LicenceRepository.SORTABLE, "number"),
            QueryParams.page(page, size))
        .map(LicenceResponse::of);
  }

  @GET
  @Path("/alerts")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "Open (unacknowledged) licence alerts, newest first")
  public List<AlertResponse> openAlerts() {
    return licences.openAlerts().stream().map(AlertResponse::of).toList();
  }

  @POST
  @Path("/alerts/{alertId}/acknowledgement")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Acknowledge an alert (once)")
  public AlertResponse acknowledge(@PathParam("alertId") String alertId) {
    return AlertResponse.of(alerts.acknowledge(alertId));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "One licence with what remains of it, its usages and its alerts")
  public LicenceResponse get(@PathParam("id") String id) {
    LicenceResponse licence = LicenceResponse.of(licences.registered(id));
    return licence.with(
        licences.usages(id).stream().map(UsageResponse::of).toList(),
        alerts.ofLicence(id).stream().map(a -> AlertResponse.of(a, licence)).toList());
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Register a licence or an EU001-EU008 registration")
  public Response create(LicenceRequest request) {
    var licence = licences.create(body(request).details());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(licence.id()).build())
        .entity(LicenceResponse.of(licences.registered(licence.id())))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Revise a licence (send the version you read); the change is audited")
  public LicenceResponse revise(@PathParam("id") String id, LicenceRequest request) {
    LicenceRequest body = body(request);
    if (body.version() == null) {
      throw InvalidInputException.of("version", "is required: the version of the licence you read");
    }
    licences.revise(id, body.version(), body.details());
    return LicenceResponse.of(licences.registered(id));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: licences are evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    licences.remove(id);
  }

  @GET
  @Path("/{id}/usages")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "The exports recorded against a licence, newest first")
  public List<UsageResponse> usages(@PathParam("id") String id) {
    return licences.usages(id).stream().map(UsageResponse::of).toList();
  }

  @POST
  @Path("/{id}/usages")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Record an export under a licence (refused beyond what remains)")
  public Response recordUsage(@PathParam("id") String id, UsageRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object describing the usage is required");
    }
    var usage = licences.recordUsage(id, request.input());
    return Response.created(uriInfo.getAbsolutePathBuilder().build())
        .entity(UsageResponse.of(usage))
        .build();
  }

  private static LicenceRequest body(LicenceRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object describing the licence is required");
    }
    return request;
  }
}
