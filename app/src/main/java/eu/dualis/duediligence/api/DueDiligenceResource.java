package eu.dualis.duediligence.api;

import eu.dualis.duediligence.model.DueDiligenceDecision;
import eu.dualis.duediligence.model.DueDiligenceDocument;
import eu.dualis.duediligence.model.DueDiligenceStatus;
import eu.dualis.duediligence.model.RedFlagCatalogue;
import eu.dualis.duediligence.model.UploadedDocument;
import eu.dualis.duediligence.service.DueDiligencePdf;
import eu.dualis.duediligence.service.DueDiligenceService;
import eu.dualis.platform.api.Problem;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Due-diligence files of the caller's tenant (Art. 5 of Regulation (EU) 2021/821, Recommendation
 * (EU) 2024/2659). Compliance officers write; auditors read; sales staff have no access.
 */
@Path("/due-diligence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Due diligence")
public class DueDiligenceResource {

  private static final String PDF = "application/pdf";

  @Inject DueDiligenceService files;
  @Inject DueDiligencePdf pdfs;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "List due-diligence files, newest first (filters: status, endUserPartyId)")
  public Page<DueDiligenceResponse> list(
      @QueryParam("status") String status,
      @QueryParam("endUserPartyId") String endUserPartyId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    DueDiligenceStatus s = QueryParams.enumValue(DueDiligenceStatus.class, "status", status);
    String endUser = endUserPartyId == null || endUserPartyId.isBlank() ? null : endUserPartyId;
    return files.search(s, endUser, QueryParams.page(page, size)).map(DueDiligenceResponse::of);
  }

  @GET
  @Path("/red-flags")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "The red-flag catalogue every file answers")
  public List<RedFlagResponse> redFlags() {
    return RedFlagCatalogue.all().stream().map(RedFlagResponse::of).toList();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One due-diligence file")
  public DueDiligenceResponse get(@PathParam("id") String id) {
    return DueDiligenceResponse.of(files.get(id));
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Open a due-diligence file (a draft) for an export or an end user")
  public Response open(DueDiligenceRequest request) {
    var file = files.open(body(request).input());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(file.id()).build())
        .entity(DueDiligenceResponse.of(file))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Change a draft, red flags included (send the version you read)")
  public DueDiligenceResponse revise(@PathParam("id") String id, DueDiligenceRequest request) {
    DueDiligenceRequest body = body(request);
    if (body.version() == null) {
      throw InvalidInputException.of("version", "is required: the version of the file you read");
    }
    return DueDiligenceResponse.of(files.revise(id, body.version(), body.input()));
  }

  @POST
  @Path("/{id}/document")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Upload the end-use statement of a draft: the body is the file (application/pdf,"
              + " image/png or image/jpeg, at most 10 MB), ?name= its file name")
  public Response upload(
      @PathParam("id") String id,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String contentType,
      InputStream body)
      throws IOException {
    files.get(id);
    byte[] content = UploadedDocument.readCapped(body);
    if (UploadedDocument.tooLarge(content)) {
      return Problem.of(
              413, "too-large", "Payload too large", "An end-use statement may have at most 10 MB")
          .toResponse();
    }
    return Response.ok(
            DueDiligenceResponse.of(files.attachDocument(id, name, contentType, content)))
        .build();
  }

  @GET
  @Path("/{id}/document")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "The end-use statement as it was uploaded")
  public Response document(@PathParam("id") String id) {
    DueDiligenceDocument d = files.document(id);
    return Response.ok(d.content(), d.contentType())
        .header("Content-Disposition", attachment(d.name()))
        .header("X-Content-SHA256", d.sha256())
        .build();
  }

  @POST
  @Path("/{id}/decision")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Decide a complete draft: PROCEED, NOTIFY_AUTHORITY (Art. 5(2)) or REFUSE")
  public DueDiligenceResponse decide(
      @PathParam("id") String id, DueDiligenceDecisionRequest request) {
    if (request == null) {
      throw InvalidInputException.of("decision", "is required: PROCEED, NOTIFY_AUTHORITY, REFUSE");
    }
    DueDiligenceDecision decision =
        QueryParams.enumValue(DueDiligenceDecision.class, "decision", request.decision());
    return DueDiligenceResponse.of(files.decide(id, decision, request.rationale()));
  }

  @POST
  @Path("/{id}/approval")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Approve a decided file: a second compliance officer (four eyes)")
  public DueDiligenceResponse approve(@PathParam("id") String id) {
    return DueDiligenceResponse.of(files.approve(id));
  }

  @POST
  @Path("/{id}/return")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Return a decided file to draft, with the reason")
  public DueDiligenceResponse returnToDraft(@PathParam("id") String id, ReturnRequest request) {
    return DueDiligenceResponse.of(
        files.returnToDraft(id, request == null ? null : request.reason()));
  }

  @POST
  @Path("/{id}/revisions")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Reopen a decided or approved file as a new draft that supersedes it")
  public Response newRevision(@PathParam("id") String id) {
    var revision = files.newRevision(id);
    return Response.created(
            uriInfo.getBaseUriBuilder().path("due-diligence").path(revision.id()).build())
        .entity(DueDiligenceResponse.of(revision))
        .build();
  }

  @GET
  @Path("/{id}/pdf")
  @Produces({PDF, MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "The whole file as one PDF")
  public Response pdf(@PathParam("id") String id) {
    byte[] pdf = pdfs.of(id);
    return Response.ok(pdf, PDF)
        .header("Content-Disposition", attachment("due-diligence-" + id + ".pdf"))
        .build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: a due-diligence file is evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    files.remove(id);
  }

  private static String attachment(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\"" + ascii + "\"";
  }

  private static DueDiligenceRequest body(DueDiligenceRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object describing the file is required");
    }
    return request;
  }
}
