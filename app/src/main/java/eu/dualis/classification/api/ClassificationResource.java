package eu.dualis.classification.api;

import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.FourEyesException;
import eu.dualis.classification.service.ClassificationService;
import eu.dualis.platform.api.Problem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Classifications by id: approval (four eyes) and the search by entry code. */
@Path("/classifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classifications")
public class ClassificationResource {

  @Inject ClassificationService classifications;

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "One classification")
  public ClassificationResponse get(@PathParam("id") String id) {
    return ClassificationResponse.of(classifications.get(id));
  }

  @POST
  @Path("/{id}/approve")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Approve a draft; the approver must not be its author (four eyes)")
  public ClassificationResponse approve(@PathParam("id") String id) {
    return ClassificationResponse.of(classifications.approve(id));
  }

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(
      summary = "Current approved classifications under an entry code and below (code=5A002)")
  public List<ClassificationResponse> under(@QueryParam("code") String code) {
    EntryCode entry =
        EntryCode.parse(code)
            .orElseThrow(
                () -> InvalidInputException.of("code", "must be an entry code like 5A002"));
    return classifications.classifiedUnder(entry).stream().map(ClassificationResponse::of).toList();
  }

  /** An author approving their own classification: 403 naming the four-eyes rule. */
  @Provider
  public static class FourEyesMapper implements ExceptionMapper<FourEyesException> {
    @Override
    public Response toResponse(FourEyesException e) {
      return Problem.of(403, "four-eyes", "Four eyes required", e.getMessage()).toResponse();
    }
  }
}
