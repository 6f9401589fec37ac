package eu.dualis.platform.api;

import eu.dualis.platform.model.FieldProblem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} lists field problems (an extension member) so
 * that a client can show each next to its field.
 */
public record Problem(
    URI type, String title, int status, String detail, List<FieldProblem> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  private static final String TYPE_BASE = "https://dualis.eu/problems/";

  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, List.of());
  }

  public static Problem invalid(String detail, List<FieldProblem> errors) {
    return new Problem(
        URI.create(TYPE_BASE + "invalid-input"), "Invalid input", 400, detail, errors);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
