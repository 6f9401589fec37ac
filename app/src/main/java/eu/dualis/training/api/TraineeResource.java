package eu.dualis.training.api;

import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.security.Roles;
import eu.dualis.training.api.Requests.TraineeRequest;
import eu.dualis.training.api.Responses.TraineeResponse;
import eu.dualis.training.service.Trainees;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People who must be trained. Deactivated, never deleted (their records are evidence). */
@Path("/trainees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TraineeResource {

  @Inject Trainees trainees;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "List trainees (q: name or e-mail; role; active=true for active only)")
  public Page<TraineeResponse> list(
      @QueryParam("q") String query,
      @QueryParam("role") String role,
      @QueryParam("active") String active,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return trainees
        .search(query, role, "true".equalsIgnoreCase(active), QueryParams.page(page, size))
        .map(TraineeResponse::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One trainee")
  public TraineeResponse get(@PathParam("id") String id) {
    return TraineeResponse.of(trainees.get(id));
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Add a trainee (e-mail unique)")
  public Response create(TraineeRequest request) {
    var trainee = trainees.create(Requests.body(request, "trainee").details());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(trainee.id()).build())
        .entity(TraineeResponse.of(trainee))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Revise a trainee (send the version you read)")
  public TraineeResponse revise(@PathParam("id") String id, TraineeRequest request) {
    TraineeRequest body = Requests.body(request, "trainee");
    if (body.version() == null) {
      throw InvalidInputException.of("version", "is required: the version of the trainee you read");
    }
    return TraineeResponse.of(
        trainees.revise(
            id, body.version(), body.details(), body.active() == null || body.active()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Deactivate the trainee: records are evidence (Art. 27), so nothing goes")
  public TraineeResponse deactivate(@PathParam("id") String id) {
    return TraineeResponse.of(trainees.deactivate(id));
  }
}
