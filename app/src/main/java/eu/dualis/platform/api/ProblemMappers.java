package eu.dualis.platform.api;

import eu.dualis.platform.jobs.SchedulerUnavailableException;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.tenants.NoTenantException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The domain's own exceptions as problem details. */
public final class ProblemMappers {

  private ProblemMappers() {}

  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return Problem.invalid(e.getMessage(), e.problems()).toResponse();
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
    @Override
    public Response toResponse(RecordNotFoundException e) {
      return Problem.of(404, "not-found", "Not found", e.getMessage()).toResponse();
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      List<FieldProblem> errors =
          e.field() == null ? List.of() : List.of(new FieldProblem(e.field(), e.getMessage()));
      return new Problem(
              java.net.URI.create("https://dualis.eu/problems/conflict"),
              "Conflict",
              409,
              e.getMessage(),
              errors)
          .toResponse();
    }
  }

  @Provider
  public static class NoTenant implements ExceptionMapper<NoTenantException> {
    @Override
    public Response toResponse(NoTenantException e) {
      return Problem.of(403, "no-tenant", "No tenant", e.getMessage()).toResponse();
    }
  }

  @Provider
  public static class SchedulerUnavailable
      implements ExceptionMapper<SchedulerUnavailableException> {
    @Override
    public Response toResponse(SchedulerUnavailableException e) {
      return Problem.of(503, "jobs-unavailable", "Jobs unavailable", e.getMessage()).toResponse();
    }
  }
}
