package eu.dualis.icp.api;

import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.model.IcpElement;
import eu.dualis.icp.model.IcpFile;
import eu.dualis.icp.service.IcpFacts;
import eu.dualis.icp.service.IcpRecordService;
import eu.dualis.icp.service.IcpService;
import eu.dualis.platform.api.Problem;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ICP's seven core elements (Recommendation (EU) 2019/1318) with their status, and the
 * elements' procedure documents. Compliance officers write; auditors read.
 */
@Path("/icp")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ICP")
public class IcpResource {

  @Inject IcpService icp;
  @Inject IcpFacts facts;
  @Inject IcpRecordService records;
  @Inject UriInfo uriInfo;

  @GET
  @Path("/elements")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(
      summary =
          "The seven core elements on a date (?on=, default today): complete, current, what is missing")
  public List<ElementResponse> elements(@QueryParam("on") String on) {
    IcpInput in = new IcpInput();
    LocalDate day = in.date("on", on);
    in.check();
    LocalDate date = day == null ? LocalDate.now(ZoneOffset.UTC) : day;
    return icp.elements(date, facts.on(date)).stream().map(ElementResponse::of).toList();
  }

  @GET
  @Path("/documents")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "The procedure documents of all elements, every version")
  public List<DocumentResponse> documents() {
    return icp.documents().stream().map(DocumentResponse::of).toList();
  }

  @GET
  @Path("/documents/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One document's metadata")
  public DocumentResponse document(@PathParam("id") String id) {
    return DocumentResponse.of(icp.document(id));
  }

  @GET
  @Path("/documents/{id}/content")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "The document's file as it was uploaded")
  public Response content(@PathParam("id") String id) {
    IcpDocument d = icp.document(id);
    return Response.ok(d.content(), d.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + d.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .header("X-Content-SHA256", d.sha256())
        .build();
  }

  @POST
  @Path("/documents")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Upload a document of an element (1, 2, 4-7): the body is the file (application/pdf,"
              + " image/png or image/jpeg, at most 10 MB); ?element=&title=&versionLabel="
              + "&effectiveFrom=&reviewDue=&fileName= and &supersedes= for a new version")
  public Response upload(
      @QueryParam("element") String element,
      @QueryParam("title") String title,
      @QueryParam("versionLabel") String versionLabel,
      @QueryParam("effectiveFrom") String effectiveFrom,
      @QueryParam("reviewDue") String reviewDue,
      @QueryParam("fileName") String fileName,
      @QueryParam("supersedes") String supersedes,
      @HeaderParam("Content-Type") String contentType,
      InputStream body)
      throws IOException {
    byte[] content = body.readNBytes(IcpFile.MAX_BYTES + 1);
    if (content.length > IcpFile.MAX_BYTES) {
      return Problem.of(
              413, "too-large", "Payload too large", "An ICP document may have at most 10 MB")
          .toResponse();
    }
    IcpInput in = new IcpInput();
    LocalDate from = in.date("effectiveFrom", effectiveFrom);
    LocalDate review = in.date("reviewDue", reviewDue);
    in.check();
    var details =
        new IcpDocument.Details(
            element(element),
            title,
            versionLabel,
            from,
            review,
            fileName == null ? title : fileName);
    IcpDocument d = icp.upload(details, contentType, content, supersedes);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(d.id()).build())
        .entity(DocumentResponse.of(d))
        .build();
  }

  @DELETE
  @Path("/documents/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: ICP documents are evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    records.refuseDeletion("IcpDocument", id);
  }

  /** By number (as the Recommendation counts them) or by name. */
  static IcpElement element(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.strip().matches("\\d")) {
      int n = Integer.parseInt(text.strip());
      if (n < 1 || n > 7) {
        throw InvalidInputException.of("element", "must be 1 to 7 or the element's name");
      }
      return IcpElement.ofNumber(n);
    }
    return QueryParams.enumValue(IcpElement.class, "element", text);
  }
}
