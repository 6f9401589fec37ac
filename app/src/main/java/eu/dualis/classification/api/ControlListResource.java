package eu.dualis.classification.api;

import eu.dualis.classification.model.ControlListKind;
import eu.dualis.classification.service.ControlListFormat;
import eu.dualis.classification.service.ControlListService;
import eu.dualis.classification.service.ControlListUpdates;
import eu.dualis.classification.service.ImportOutcome;
import eu.dualis.platform.api.Problem;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Control list versions (Annex I of Regulation (EU) 2021/821 and others): platform admins import,
 * every signed-in user reads.
 */
@Path("/control-lists")
@RequestScoped
// Every signed-in role reads (reference data); imports and impact runs say PLATFORM_ADMIN below.
@RolesAllowed({
  Roles.COMPLIANCE_OFFICER,
  Roles.SALES,
  Roles.AUDITOR,
  Roles.TENANT_ADMIN,
  Roles.PLATFORM_ADMIN
})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control lists")
public class ControlListResource {

  /** Uploads above this are refused before parsing (the consolidated Annex I is about 5 MB). */
  static final int MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

  @Inject ControlListService controlLists;
  @Inject ControlListUpdates updates;
  @Inject CurrentUser user;
  @Inject UriInfo uriInfo;

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(
      summary =
          "Import a version: EUR-Lex consolidated XHTML (application/xhtml+xml or text/html),"
              + " CSV (text/csv: code,parent,text) or JSON (application/json)")
  public Response importVersion(
      @HeaderParam("Content-Type") String contentType,
      @QueryParam("kind") @DefaultValue("OFFICIAL") String kind,
      @QueryParam("sourceId") String sourceId,
      @QueryParam("title") String title,
      @QueryParam("appliesFrom") String appliesFrom,
      InputStream body)
      throws IOException {
    ControlListFormat format = ControlListFormat.fromMediaType(contentType).orElse(null);
    if (format == null) {
      return Problem.of(
              415,
              "unsupported-media-type",
              "Unsupported media type",
              "Send the file as application/xhtml+xml, text/html, text/csv or application/json,"
                  + " not "
                  + contentType)
          .toResponse();
    }
    byte[] content = body.readNBytes(MAX_UPLOAD_BYTES + 1);
    if (content.length > MAX_UPLOAD_BYTES) {
      return Problem.of(
              413,
              "too-large",
              "Payload too large",
              "A control list file may have at most " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB")
          .toResponse();
    }
    if (content.length == 0) {
      throw InvalidInputException.of("body", "the file is empty");
    }
    ControlListUpdates.Result result =
        updates.importFile(
            content, format, csvMetadata(sourceId, title, appliesFrom), kind(kind), user.name());
    ImportOutcome outcome = result.outcome();
    var body201 =
        new ImportResponse(
            ControlListVersionResponse.of(outcome.version()),
            outcome.created(),
            outcome.message(),
            result.flagsRaised());
    return outcome.created()
        ? Response.created(uriInfo.getAbsolutePathBuilder().path(outcome.version().id()).build())
            .entity(body201)
            .build()
        : Response.ok(body201).build();
  }

  @GET
  @Operation(
      summary =
          "All versions, newest applicable first; inForce marks the one in force on inForceOn"
              + " (default today)")
  public List<ControlListVersionResponse> versions(@QueryParam("inForceOn") String inForceOn) {
    java.time.LocalDate date = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    if (inForceOn != null && !inForceOn.isBlank()) {
      try {
        date = java.time.LocalDate.parse(inForceOn.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw InvalidInputException.of("inForceOn", "must be a date like 2026-01-15");
      }
    }
    String inForce = controlLists.inForce(date).map(v -> v.id()).orElse(null);
    return controlLists.versions().stream()
        .map(v -> ControlListVersionResponse.of(v, v.id().equals(inForce)))
        .toList();
  }

  @GET
  @Path("/{versionId}")
  @Operation(summary = "One version")
  public ControlListVersionResponse version(@PathParam("versionId") String versionId) {
    return ControlListVersionResponse.of(controlLists.version(versionId));
  }

  @GET
  @Path("/{versionId}/entries")
  @Operation(summary = "Entries of a version; q matches a code prefix or words of the text")
  public EntryPage entries(
      @PathParam("versionId") String versionId,
      @QueryParam("q") String query,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    var found =
        controlLists
            .search(versionId, query, QueryParams.page(page, size))
            .map(ControlListEntryResponse::of);
    return new EntryPage(found.items(), found.page(), found.size(), found.total());
  }

  @GET
  @Path("/{versionId}/entries/{code}")
  @Operation(summary = "One entry, with its full text and notes")
  public ControlListEntryResponse entry(
      @PathParam("versionId") String versionId, @PathParam("code") String code) {
    return ControlListEntryResponse.of(controlLists.entry(versionId, code));
  }

  @GET
  @Path("/{fromId}/diff/{toId}")
  @Operation(summary = "Entries added, removed and changed (old and new text) between versions")
  public ControlListDiffResponse diff(
      @PathParam("fromId") String fromId, @PathParam("toId") String toId) {
    return ControlListDiffResponse.of(fromId, toId, controlLists.diff(fromId, toId));
  }

  @POST
  @Path("/{versionId}/impact")
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(
      summary =
          "Assess again what this version changed against the one before it and raise the"
              + " review flags not yet raised (idempotent)")
  public ImpactResponse assessImpact(@PathParam("versionId") String versionId) {
    return new ImpactResponse(versionId, updates.assessImpact(controlLists.version(versionId)));
  }

  /** Flags raised now by an impact run. */
  public record ImpactResponse(String versionId, int reviewFlagsRaised) {}

  /** For CSV, which cannot say what it is: query parameters, else neutral defaults. */
  private static ControlListFormat.CsvMetadata csvMetadata(
      String sourceId, String title, String appliesFrom) {
    var defaults = ControlListFormat.CsvMetadata.defaults();
    java.time.LocalDate date = null;
    if (appliesFrom != null && !appliesFrom.isBlank()) {
      try {
        date = java.time.LocalDate.parse(appliesFrom.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw InvalidInputException.of("appliesFrom", "must be a date like 2025-11-15");
      }
    }
    return new ControlListFormat.CsvMetadata(
        sourceId == null || sourceId.isBlank() ? defaults.sourceId() : sourceId.strip(),
        title == null || title.isBlank() ? defaults.title() : title.strip(),
        date);
  }

  private static ControlListKind kind(String text) {
    try {
      return ControlListKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("kind", "must be OFFICIAL or INDEX");
    }
  }

  /** The answer to an import, with the review flags it raised across all tenants. */
  public record ImportResponse(
      ControlListVersionResponse version, boolean created, String message, int reviewFlagsRaised) {}

  /** One page of entries. */
  public record EntryPage(List<ControlListEntryResponse> items, int page, int size, long total) {}
}
