package eu.dualis.training.api;

import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.security.Roles;
import eu.dualis.training.api.Requests.CourseRequest;
import eu.dualis.training.api.Responses.CourseResponse;
import eu.dualis.training.service.Courses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Courses. Compliance officers write; auditors read. */
@Path("/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class CourseResource {

  @Inject Courses courses;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "All courses, by title")
  public List<CourseResponse> list() {
    return courses.all().stream().map(CourseResponse::of).toList();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One course")
  public CourseResponse get(@PathParam("id") String id) {
    return CourseResponse.of(courses.get(id));
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Add a course (title unique)")
  public Response create(CourseRequest request) {
    var course = courses.create(Requests.body(request, "course").details());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(course.id()).build())
        .entity(CourseResponse.of(course))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Revise a course (send the version you read)")
  public CourseResponse revise(@PathParam("id") String id, CourseRequest request) {
    CourseRequest body = Requests.body(request, "course");
    if (body.version() == null) {
      throw InvalidInputException.of("version", "is required: the version of the course you read");
    }
    return CourseResponse.of(courses.revise(id, body.version(), body.details()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Delete a course nobody has a record of; 409 otherwise (Art. 27)")
  public Response remove(@PathParam("id") String id) {
    courses.remove(id);
    return Response.noContent().build();
  }
}
