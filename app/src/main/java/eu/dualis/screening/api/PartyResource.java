package eu.dualis.screening.api;

import eu.dualis.platform.api.Problem;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.security.Roles;
import eu.dualis.screening.model.PartyRepository;
import eu.dualis.screening.model.PartyStatus;
import eu.dualis.screening.service.PartyCsvReader;
import eu.dualis.screening.service.PartyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Parties of the caller's tenant. Compliance officers write; sales staff and auditors read. Each
 * party is screened when it is created and when it changes; the answer comes with the party.
 */
@Path("/parties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class PartyResource {

  static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

  @Inject PartyService parties;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "List and search parties (q: name or reference; status filter)")
  public Page<PartyResponse> list(
      @QueryParam("q") String query,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size,
      @QueryParam("sort") String sort) {
    PartyStatus s =
        status == null || status.isBlank()
            ? null
            : QueryParams.enumValue(PartyStatus.class, "status", status);
    return parties
        .search(
            query,
            s,
            SortOrder.parse(sort, PartyRepository.SORTABLE, "name"),
            QueryParams.page(page, size))
        .map(PartyResponse::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "One party")
  public PartyResponse get(@PathParam("id") String id) {
    return PartyResponse.of(parties.get(id));
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Create a party; it is screened at once")
  public Response create(PartyRequest request) {
    var screened = parties.create(body(request).details());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(screened.party().id()).build())
        .entity(PartyResponse.of(screened.party(), ScreeningResponse.of(screened.screening())))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Change a party (send the version you read); it is screened again")
  public PartyResponse revise(@PathParam("id") String id, PartyRequest request) {
    PartyRequest body = body(request);
    if (body.version() == null) {
      throw InvalidInputException.of("version", "is required: the version of the party you read");
    }
    var screened = parties.revise(id, body.version(), body.details());
    return PartyResponse.of(screened.party(), ScreeningResponse.of(screened.screening()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: a party's screenings are evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    parties.remove(id);
  }

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(
      summary =
          "Import parties from CSV (header role,type,name,address,country,date_of_birth,"
              + "identifiers,reference): all rows or none; every problem reported by line and field")
  public Response importCsv(InputStream body) throws IOException {
    byte[] content = body.readNBytes(MAX_CSV_BYTES + 1);
    if (content.length > MAX_CSV_BYTES) {
      return Problem.of(
              413,
              "too-large",
              "Payload too large",
              "A party CSV file may have at most " + MAX_CSV_BYTES / (1024 * 1024) + " MB")
          .toResponse();
    }
    var rows = new PartyCsvReader().read(content);
    var created = parties.importCsv(rows);
    var responses = created.stream().map(s -> PartyResponse.of(s.party())).toList();
    int potential =
        (int) created.stream().filter(s -> !s.screening().activeHits().isEmpty()).count();
    return Response.status(Response.Status.CREATED)
        .entity(new PartyImportResponse(responses.size(), potential, responses))
        .build();
  }

  private static PartyRequest body(PartyRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object describing the party is required");
    }
    return request;
  }
}
