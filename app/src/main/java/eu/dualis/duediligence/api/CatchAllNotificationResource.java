package eu.dualis.duediligence.api;

import eu.dualis.duediligence.model.NotificationStatus;
import eu.dualis.duediligence.model.UploadedDocument;
import eu.dualis.duediligence.service.CatchAllNotificationDocuments;
import eu.dualis.duediligence.service.CatchAllNotificationService;
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
 * Catch-all notifications of the caller's tenant (Art. 4 and 5 of Regulation (EU) 2021/821).
 * Compliance officers write; auditors read; sales staff see none (an open one holds the export, and
 * the export check says so).
 */
@Path("/catch-all-notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catch-all notifications")
public class CatchAllNotificationResource {

  @Inject CatchAllNotificationService notifications;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(
      summary = "List notifications, newest first (status filter: OPEN, LICENCE_REQUIRED...)")
  public Page<CatchAllNotificationResponse> list(
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    NotificationStatus s = QueryParams.enumValue(NotificationStatus.class, "status", status);
    return notifications
        .search(s, QueryParams.page(page, size))
        .map(CatchAllNotificationResponse::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One notification")
  public CatchAllNotificationResponse get(@PathParam("id") String id) {
    return CatchAllNotificationResponse.of(notifications.get(id));
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Record a notification received from or sent to the authority")
  public Response create(CatchAllNotificationRequest request) {
    var created = notifications.create(body(request).details());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
        .entity(CatchAllNotificationResponse.of(created))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Correct an open notification (send the version you read)")
  public CatchAllNotificationResponse revise(
      @PathParam("id") String id, CatchAllNotificationRequest request) {
    CatchAllNotificationRequest body = body(request);
    if (body.version() == null) {
      throw InvalidInputException.of(
          "version", "is required: the version of the notification you read");
    }
    return CatchAllNotificationResponse.of(
        notifications.revise(id, body.version(), body.details()));
  }

  @POST
  @Path("/{id}/outcome")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Record the answer or the withdrawal, once (evidence under Art. 27)")
  public CatchAllNotificationResponse outcome(
      @PathParam("id") String id, CatchAllNotificationOutcomeRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object with the outcome is required");
    }
    return CatchAllNotificationResponse.of(
        notifications.recordOutcome(id, request.version(), request.toOutcome()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: a notification is evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    notifications.remove(id);
  }

  @POST
  @Path("/{id}/documents")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Add a document: the file as the body (application/pdf, image/png or image/jpeg, at"
              + " most 10 MB), its name in ?filename=")
  public Response addDocument(
      @PathParam("id") String id,
      @HeaderParam("Content-Type") String contentType,
      @QueryParam("filename") String filename,
      InputStream body)
      throws IOException {
    var type = CatchAllNotificationDocuments.acceptedType(contentType);
    if (type.isEmpty()) {
      notifications.get(id);
      return Problem.of(
              415,
              "unsupported-media-type",
              "Unsupported media type",
              "Send a document as "
                  + String.join(", ", UploadedDocument.TYPES)
                  + ", not "
                  + contentType)
          .toResponse();
    }
    byte[] content = UploadedDocument.readCapped(body);
    if (UploadedDocument.tooLarge(content)) {
      notifications.get(id);
      return Problem.of(413, "too-large", "Payload too large", "A document may have at most 10 MB")
          .toResponse();
    }
    var document = notifications.addDocument(id, filename, type.get(), content);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(document.id()).build())
        .entity(CatchAllNotificationDocumentResponse.of(document))
        .build();
  }

  @GET
  @Path("/{id}/documents")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "The notification's documents (without content)")
  public List<CatchAllNotificationDocumentResponse> documents(@PathParam("id") String id) {
    return notifications.documents(id).stream()
        .map(CatchAllNotificationDocumentResponse::of)
        .toList();
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Download one document as it was uploaded")
  public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId) {
    var document = notifications.document(id, documentId);
    return Response.ok(document.content(), document.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + document.filename() + "\"")
        .header("X-Content-SHA256", document.sha256())
        .build();
  }

  private static CatchAllNotificationRequest body(CatchAllNotificationRequest request) {
    if (request == null) {
      throw InvalidInputException.of(
          "body", "a JSON object describing the notification is required");
    }
    return request;
  }
}
