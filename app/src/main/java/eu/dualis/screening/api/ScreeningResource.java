package eu.dualis.screening.api;

import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.security.Roles;
import eu.dualis.screening.service.ScreeningService;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Screening names against the sanctions lists in force; every screening is kept. */
@Path("/screenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screening")
public class ScreeningResource {

  @Inject ScreeningService screenings;
  @Inject WorklistViews views;
  @Inject UriInfo uriInfo;

  @POST
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES})
  @Operation(
      summary =
          "Screen a name (type PERSON, ORGANISATION, VESSEL, AIRCRAFT or UNKNOWN; optional"
              + " country, dateOfBirth, identifiers): CLEAR or POTENTIAL_MATCH with ranked,"
              + " explained hits and the list versions used")
  public Response screen(ScreeningRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object with at least a name is required");
    }
    var outcome = screenings.check(request.input());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(outcome.screening().id()).build())
        .entity(ScreeningResponse.of(outcome))
        .build();
  }

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "Screenings, newest first; of one party with partyId")
  public Page<ScreeningSummary> list(
      @QueryParam("partyId") String partyId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return screenings.list(partyId, QueryParams.page(page, size)).map(ScreeningSummary::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "One screening with its hits, explanations and list versions")
  public ScreeningResponse get(@PathParam("id") String id) {
    return ScreeningResponse.of(screenings.get(id));
  }

  @POST
  @Path("/{id}/ask-compliance")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES})
  @Operation(summary = "Put a screening's potential matches on the compliance worklist")
  public List<HitResponse> askCompliance(@PathParam("id") String id) {
    return screenings.askCompliance(id).stream().map(views::of).toList();
  }
}
