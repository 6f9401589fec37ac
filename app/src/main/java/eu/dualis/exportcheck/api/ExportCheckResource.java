package eu.dualis.exportcheck.api;

import eu.dualis.exportcheck.model.Determination;
import eu.dualis.exportcheck.service.ExportCheckService;
import eu.dualis.exportcheck.service.ExportShipmentService;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Export checks of the caller's tenant. Compliance officers and sales staff check and re-run;
 * auditors read. Checks are evidence: there is no change and no delete.
 */
@Path("/export-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Export checks")
public class ExportCheckResource {

  @Inject ExportCheckService checks;
  @Inject ExportShipmentService shipments;
  @Inject UriInfo uriInfo;

  @POST
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES})
  @Operation(
      summary =
          "Check a planned export: a determination (RELEASE, DUE_DILIGENCE_REQUIRED,"
              + " LICENCE_REQUIRED, HOLD) per line and for the export, each reason citing its"
              + " article; the check is recorded")
  public Response check(ExportCheckRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "is required: the export to check");
    }
    var recorded = checks.check(request.input());
    return created(recorded.check().id(), ExportCheckResponse.of(recorded));
  }

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(
      summary =
          "List checks, newest first (q: reference; determination; latest=true keeps each"
              + " export's newest check)")
  public Page<ExportCheckResponse> list(
      @QueryParam("q") String query,
      @QueryParam("determination") String determination,
      @QueryParam("latest") @DefaultValue("false") boolean latest,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    Determination d =
        determination == null || determination.isBlank()
            ? null
            : QueryParams.enumValue(Determination.class, "determination", determination);
    return checks
        .search(query, d, latest, QueryParams.page(page, size))
        .map(ExportCheckResponse::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "One check as it was made")
  public ExportCheckResponse get(@PathParam("id") String id) {
    return ExportCheckResponse.of(checks.get(id));
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "Every check of the same export, oldest first")
  public List<ExportCheckResponse> history(@PathParam("id") String id) {
    return checks.history(id).stream().map(ExportCheckResponse::of).toList();
  }

  @POST
  @Path("/{id}/rerun")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES})
  @Operation(
      summary =
          "Check the same export again with today's facts; a new check is recorded and the old"
              + " one stays")
  public Response rerun(@PathParam("id") String id) {
    var recorded = checks.rerun(id);
    return created(recorded.check().id(), ExportCheckResponse.of(recorded));
  }

  /** The date the goods left; a JSON object {@code {"shippedOn":"2026-11-28"}}. */
  public record ShipmentRequest(String shippedOn) {}

  @POST
  @Path("/{id}/shipment")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Record that a released export was shipped; each licence that covered a line records"
              + " its usage (409 unless the check is the export's newest and released)")
  public Response ship(@PathParam("id") String id, ShipmentRequest request) {
    LocalDate on;
    try {
      on =
          request == null || request.shippedOn() == null
              ? null
              : LocalDate.parse(request.shippedOn());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("shippedOn", "is not a date (YYYY-MM-DD)");
    }
    shipments.record(id, on);
    return Response.status(Response.Status.CREATED)
        .entity(ExportCheckResponse.of(checks.get(id)))
        .build();
  }

  private Response created(String id, ExportCheckResponse body) {
    var location = uriInfo.getBaseUriBuilder().path(ExportCheckResource.class).path(id).build();
    return Response.created(location).entity(body).build();
  }
}
