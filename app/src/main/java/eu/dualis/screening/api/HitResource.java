package eu.dualis.screening.api;

import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.security.Roles;
import eu.dualis.screening.model.HitStatus;
import eu.dualis.screening.model.MatchOutcome;
import eu.dualis.screening.service.WorklistService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The compliance worklist: potential matches and the officers' decisions on them. */
@Path("/hits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screening")
public class HitResource {

  @Inject WorklistService worklist;
  @Inject WorklistViews views;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Worklist hits, oldest first; status OPEN (default) or DECIDED")
  public Page<HitResponse> list(
      @QueryParam("status") @DefaultValue("OPEN") String status,
      @QueryParam("partyId") String partyId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    HitStatus s =
        status.equalsIgnoreCase("ALL")
            ? null
            : QueryParams.enumValue(HitStatus.class, "status", status);
    return worklist.list(s, partyId, QueryParams.page(page, size)).map(views::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One hit with its decision")
  public HitResponse get(@PathParam("id") String id) {
    return views.of(worklist.get(id));
  }

  @POST
  @Path("/{id}/decision")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Decide a hit: TRUE_MATCH blocks the party; FALSE_POSITIVE is remembered for the party"
              + " and the list entry until either changes. A justification is required.")
  public HitResponse decide(@PathParam("id") String id, DecisionRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object with outcome and justification");
    }
    MatchOutcome outcome =
        request.outcome() == null
            ? null
            : QueryParams.enumValue(MatchOutcome.class, "outcome", request.outcome());
    worklist.decide(id, outcome, request.justification());
    return views.of(worklist.get(id));
  }
}
