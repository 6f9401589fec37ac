package eu.dualis.screening.api;

import eu.dualis.platform.api.Problem;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.screening.model.ListFormatException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A list file that was not imported: 400, each problem with where it is. */
@Provider
public class ListFormatMapper implements ExceptionMapper<ListFormatException> {

  @Override
  public Response toResponse(ListFormatException e) {
    return Problem.invalid(
            "The list file was not imported; the version in force stays in force: "
                + e.getMessage(),
            e.problems().stream()
                .limit(ListFormatException.MAX_REPORTED)
                .map(p -> new FieldProblem(p.where(), p.what()))
                .toList())
        .toResponse();
  }
}
