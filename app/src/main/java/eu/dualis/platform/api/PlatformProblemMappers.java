package eu.dualis.platform.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Framework and unexpected exceptions as problem details, never as a stack trace. */
public final class PlatformProblemMappers {

  private static final Logger LOG = Logger.getLogger(PlatformProblemMappers.class.getName());

  private PlatformProblemMappers() {}

  /** 404 for unknown paths, 405, 415, 401/403 raised inside JAX-RS, and friends. */
  @Provider
  public static class Http implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.StatusType status = e.getResponse().getStatusInfo();
      if (e.getCause() instanceof JsonbException json) {
        return Body.problem(json);
      }
      return Problem.of(
              status.getStatusCode(),
              status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
              status.getReasonPhrase(),
              e.getMessage())
          .toResponse();
    }
  }

  /** A body that is not JSON, or JSON of the wrong shape. */
  @Provider
  public static class Body implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return problem(e);
    }

    static Response problem(JsonbException e) {
      return Problem.invalid(
              "The request body is not valid JSON for this resource: " + rootMessage(e),
              java.util.List.of())
          .toResponse();
    }
  }

  /** A concurrent change that slipped past the service's own checks: lost update or duplicate. */
  @Provider
  public static class Persistence implements ExceptionMapper<PersistenceException> {
    @Override
    public Response toResponse(PersistenceException e) {
      if (e instanceof OptimisticLockException) {
        return Problem.of(
                409, "conflict", "Conflict", "The record was changed by someone else; reload it")
            .toResponse();
      }
      if (hasCause(e, SQLIntegrityConstraintViolationException.class)) {
        return Problem.of(409, "conflict", "Conflict", "The change clashes with an existing record")
            .toResponse();
      }
      return Unexpected.log(e);
    }
  }

  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      return log(e);
    }

    static Response log(RuntimeException e) {
      LOG.log(Level.SEVERE, "Unexpected error in the API", e);
      return Problem.of(
              500,
              "internal-error",
              "Internal error",
              "The request could not be completed; it was logged. Nothing was changed.")
          .toResponse();
    }
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
