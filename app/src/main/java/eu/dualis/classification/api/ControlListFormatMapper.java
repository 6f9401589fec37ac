package eu.dualis.classification.api;

import eu.dualis.classification.model.ControlListFormatException;
import eu.dualis.platform.api.Problem;
import eu.dualis.platform.model.FieldProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A malformed control list file: 400, each problem with where it is (line, column, entry). */
@Provider
public class ControlListFormatMapper implements ExceptionMapper<ControlListFormatException> {

  @Override
  public Response toResponse(ControlListFormatException e) {
    return Problem.invalid(
            "The file was not imported: " + e.getMessage(),
            e.problems().stream().map(p -> new FieldProblem(p.where(), p.what())).toList())
        .toResponse();
  }
}
