package eu.dualis.training.api;

import eu.dualis.platform.security.Roles;
import eu.dualis.training.api.Requests.RequirementRequest;
import eu.dualis.training.api.Responses.RequirementResponse;
import eu.dualis.training.service.Courses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which job roles must hold which courses. Compliance officers write; auditors read. */
@Path("/course-requirements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class CourseRequirementResource {

  @Inject Courses courses;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Which roles must hold which courses")
  public List<RequirementResponse> requirements() {
    return courses.requirements().stream().map(RequirementResponse::of).toList();
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Require a course of a role (role normalised: trimmed, lower case)")
  public Response require(RequirementRequest request) {
    RequirementRequest body = Requests.body(request, "requirement");
    var requirement = courses.require(body.role(), body.courseId());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(requirement.id()).build())
        .entity(RequirementResponse.of(requirement))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "No longer require the course of the role")
  public Response unrequire(@PathParam("id") String id) {
    courses.unrequire(id);
    return Response.noContent().build();
  }
}
