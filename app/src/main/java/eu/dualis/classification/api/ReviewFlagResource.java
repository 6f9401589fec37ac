package eu.dualis.classification.api;

import eu.dualis.classification.model.ReviewFlag;
import eu.dualis.classification.service.ReviewFlagService;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The review worklist: classifications a control list change may have made wrong. */
@Path("/review-flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review flags")
public class ReviewFlagResource {

  @Inject ReviewFlagService flags;

  /** An officer's decision on a flag. */
  public record Resolve(String resolution, String note, String classificationId) {}

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Review flags, open first; status=OPEN or RESOLVED to filter")
  public List<ReviewFlagResponse> list(@QueryParam("status") String status) {
    return flags.list(QueryParams.enumValue(ReviewFlag.Status.class, "status", status)).stream()
        .map(ReviewFlagResponse::of)
        .toList();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One review flag")
  public ReviewFlagResponse get(@PathParam("id") String id) {
    return ReviewFlagResponse.of(flags.get(id));
  }

  @POST
  @Path("/{id}/resolve")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Resolve: UNCHANGED with a note, or RECLASSIFIED with the id of the product's new"
              + " classification")
  public ReviewFlagResponse resolve(@PathParam("id") String id, Resolve body) {
    if (body == null) {
      throw InvalidInputException.of("body", "resolution and note are required");
    }
    return ReviewFlagResponse.of(
        flags.resolve(
            id,
            QueryParams.enumValue(ReviewFlag.Resolution.class, "resolution", body.resolution()),
            body.note(),
            body.classificationId()));
  }
}
