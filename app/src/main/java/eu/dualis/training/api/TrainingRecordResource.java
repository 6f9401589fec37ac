package eu.dualis.training.api;

import eu.dualis.platform.api.Problem;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.Roles;
import eu.dualis.training.api.Requests.RecordRequest;
import eu.dualis.training.api.Responses.CertificateResponse;
import eu.dualis.training.api.Responses.ImportResponse;
import eu.dualis.training.api.Responses.RecordResponse;
import eu.dualis.training.model.CertificateUpload;
import eu.dualis.training.model.RecordFilter;
import eu.dualis.training.service.TrainingCsv;
import eu.dualis.training.service.TrainingRecords;
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
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Training records: append-only evidence (Art. 27), recorded one at a time or imported from CSV all
 * or nothing, each with at most one certificate.
 */
@Path("/training-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingRecordResource {

  @Inject TrainingRecords records;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Records, newest first (traineeId, courseId, from, to: YYYY-MM-DD)")
  public Page<RecordResponse> list(
      @QueryParam("traineeId") String traineeId,
      @QueryParam("courseId") String courseId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return records
        .search(
            new RecordFilter(
                blankToNull(traineeId),
                blankToNull(courseId),
                Requests.date("from", from),
                Requests.date("to", to)),
            QueryParams.page(page, size))
        .map(RecordResponse::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One record")
  public RecordResponse get(@PathParam("id") String id) {
    return RecordResponse.of(records.line(id));
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Record a training; expiresOn follows from the course's validity")
  public Response create(RecordRequest request) {
    var record = records.record(Requests.body(request, "training record").details());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(record.id()).build())
        .entity(RecordResponse.of(records.line(record.id())))
        .build();
  }

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Import records from CSV (header "
              + TrainingCsv.HEADER
              + "; at most 5 MB and 10,000 rows): all rows or none, problems as line N: field")
  public Response importCsv(InputStream body) throws IOException {
    byte[] content = body.readNBytes(TrainingCsv.MAX_BYTES + 1);
    if (content.length > TrainingCsv.MAX_BYTES) {
      return Problem.of(413, "too-large", "Payload too large", "A CSV file may have at most 5 MB")
          .toResponse();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw eu.dualis.platform.model.InvalidInputException.of("body", "must be UTF-8 text");
    }
    var outcome = records.importCsv(text);
    return Response.ok(new ImportResponse(outcome.records(), outcome.traineesCreated())).build();
  }

  @POST
  @Path("/{id}/certificate")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Attach the certificate: the file as the body (application/pdf, image/png or"
              + " image/jpeg, at most 10 MB), its name in ?filename=; once per record")
  public Response attach(
      @PathParam("id") String id,
      @HeaderParam("Content-Type") String contentType,
      @QueryParam("filename") String filename,
      InputStream body)
      throws IOException {
    if (!CertificateUpload.TYPES.contains(CertificateUpload.mediaType(contentType))) {
      records.get(id);
      return Problem.of(
              415,
              "unsupported-media-type",
              "Unsupported media type",
              "Send a certificate as "
                  + String.join(", ", CertificateUpload.TYPES)
                  + ", not "
                  + contentType)
          .toResponse();
    }
    byte[] content = body.readNBytes(CertificateUpload.MAX_BYTES + 1);
    if (content.length > CertificateUpload.MAX_BYTES) {
      records.get(id);
      return Problem.of(
              413, "too-large", "Payload too large", "A certificate may have at most 10 MB")
          .toResponse();
    }
    var certificate = records.attachCertificate(id, filename, contentType, content);
    return Response.created(uriInfo.getAbsolutePathBuilder().build())
        .entity(CertificateResponse.of(certificate))
        .build();
  }

  @GET
  @Path("/{id}/certificate")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Download the certificate as it was uploaded")
  public Response certificate(@PathParam("id") String id) {
    var certificate =
        records
            .certificate(id)
            .orElseThrow(() -> new RecordNotFoundException("Certificate of training record", id));
    return Response.ok(certificate.content(), certificate.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + certificate.filename() + "\"")
        .header("X-Content-SHA256", certificate.sha256())
        .build();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
