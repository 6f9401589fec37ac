package eu.dualis.screening.api;

import eu.dualis.platform.api.Problem;
import eu.dualis.screening.service.NoListInForceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 503: screening is impossible until a list is imported; nothing was stored. */
@Provider
public class NoListInForceMapper implements ExceptionMapper<NoListInForceException> {

  @Override
  public Response toResponse(NoListInForceException e) {
    return Problem.of(503, "no-list-in-force", "No sanctions list in force", e.getMessage())
        .toResponse();
  }
}
