package eu.dualis.screening.api;

import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.security.Roles;
import eu.dualis.screening.model.ListSource;
import eu.dualis.screening.model.ListVersion;
import eu.dualis.screening.model.OnMalformedRecord;
import eu.dualis.screening.service.ListFreshness;
import eu.dualis.screening.service.ListImportOptions;
import eu.dualis.screening.service.SanctionsListService;
import eu.dualis.screening.service.lists.ListFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sanctions lists: versions in force and their freshness, imports, entries. */
@Path("/sanctions-lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.COMPLIANCE_OFFICER,
  Roles.SALES,
  Roles.AUDITOR,
  Roles.TENANT_ADMIN,
  Roles.PLATFORM_ADMIN
})
@Tag(name = "Sanctions lists")
public class SanctionsListResource {

  @Inject SanctionsListService lists;
  @Inject ListFreshness freshness;
  @Inject CurrentUser user;
  @Inject UriInfo uriInfo;

  /** A list format the importer reads. */
  public record FormatResponse(String name, String source, String description) {}

  @GET
  @Operation(summary = "The list versions in force, one per list, with age and freshness")
  public List<ListVersionResponse> inForce() {
    return lists.inForce().stream().map(this::response).toList();
  }

  @GET
  @Path("/formats")
  @Operation(summary = "The file formats an import accepts")
  public List<FormatResponse> formats() {
    return Arrays.stream(ListFormat.values())
        .map(f -> new FormatResponse(f.name(), f.source().name(), f.description()))
        .toList();
  }

  @GET
  @Path("/versions")
  @Operation(summary = "Every imported version, newest first, failed ones included; ?source=UN_SC")
  public List<ListVersionResponse> versions(@QueryParam("source") String source) {
    ListSource s =
        source == null || source.isBlank()
            ? null
            : QueryParams.enumValue(ListSource.class, "source", source);
    return lists.versions(s).stream().map(this::response).toList();
  }

  @GET
  @Path("/versions/{id}")
  @Operation(summary = "One version with its counts and import report")
  public ListVersionResponse version(@PathParam("id") String id) {
    return response(lists.version(id));
  }

  @GET
  @Path("/versions/{id}/entities")
  @Operation(summary = "Entities of a version by primary name; q filters by part of the name")
  public Page<ListedEntityResponse> entities(
      @PathParam("id") String id,
      @QueryParam("q") String query,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    PageRequest p = QueryParams.page(page, size);
    var items =
        lists.entities(id, query, p.offset(), p.size()).stream()
            .map(ListedEntityResponse::of)
            .toList();
    return new Page<>(items, p.page(), p.size(), lists.countEntities(id, query));
  }

  @GET
  @Path("/entities/{entityId}")
  @Operation(summary = "One listed entity with all its names, dates, countries and identifiers")
  public ListedEntityResponse entity(@PathParam("entityId") String entityId) {
    long id;
    try {
      id = Long.parseLong(entityId);
    } catch (NumberFormatException e) {
      throw InvalidInputException.of("entityId", "must be a whole number");
    }
    return ListedEntityResponse.of(lists.entity(id));
  }

  @POST
  @Path("/versions")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(
      summary =
          "Import a list file as a new version (format: see /formats; onMalformedRecord"
              + " REJECT_FILE (default) or SKIP_RECORD; publishedOn when the file has no date)."
              + " Atomic: a failed import leaves the version in force.")
  public Response importVersion(
      @QueryParam("format") String format,
      @QueryParam("onMalformedRecord") @DefaultValue("REJECT_FILE") String onMalformed,
      @QueryParam("publishedOn") String publishedOn,
      InputStream body)
      throws IOException {
    if (format == null || format.isBlank()) {
      throw InvalidInputException.of(
          "format", "is required, one of " + Arrays.toString(ListFormat.values()));
    }
    ListFormat f =
        ListFormat.named(format)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "format", "must be one of " + Arrays.toString(ListFormat.values())));
    var options =
        new ListImportOptions(
            QueryParams.enumValue(OnMalformedRecord.class, "onMalformedRecord", onMalformed),
            date(publishedOn),
            false);
    var report = lists.importFile(body, f, options, user.name());
    var entity =
        new ListImportResponse(
            response(report.version()),
            report.created(),
            report.decision(),
            report.problems().stream().map(Object::toString).toList());
    return report.created()
        ? Response.created(
                uriInfo
                    .getBaseUriBuilder()
                    .path("sanctions-lists/versions")
                    .path(report.version().id())
                    .build())
            .entity(entity)
            .build()
        : Response.ok(entity).build();
  }

  private ListVersionResponse response(ListVersion v) {
    return ListVersionResponse.of(
        v, freshness.maxAge(v.source()).toDays(), freshness.isStale(v, Instant.now()));
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      throw InvalidInputException.of("publishedOn", "must be a date as YYYY-MM-DD");
    }
  }
}
