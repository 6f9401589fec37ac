package eu.dualis.evidence.api;

import eu.dualis.evidence.service.EvidencePackService;
import eu.dualis.evidence.service.PackAssembly;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Evidence packs for a licence application (Art. 12(4) of Regulation (EU) 2021/821): compliance
 * officers request them; officers and auditors read, download and verify them.
 */
@Path("/evidence-packs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence packs")
public class EvidencePackResource {

  static final String ZIP = "application/zip";

  @Inject EvidencePackService packs;
  @Inject PackAssembly assembly;
  @Inject CurrentUser user;
  @Inject UriInfo uriInfo;

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Request a pack; 202 with the pack's location to poll while it assembles")
  public Response request(EvidencePackRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON object describing the pack is required");
    }
    var pack = packs.request(request.request());
    // After the request's transaction: the job may start at once and must find the pack.
    assembly.start(pack.id(), user.name());
    return Response.accepted(EvidencePackResponse.of(packs.get(pack.id())))
        .location(uriInfo.getAbsolutePathBuilder().path(pack.id()).build())
        .build();
  }

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "The packs, newest first")
  public Page<EvidencePackResponse> list(
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size) {
    return packs.list(QueryParams.page(page, size)).map(EvidencePackResponse::of);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "One pack: status REQUESTED/ASSEMBLING/READY/FAILED and progress")
  public EvidencePackResponse get(@PathParam("id") String id) {
    return EvidencePackResponse.of(packs.get(id));
  }

  @GET
  @Path("/{id}/content")
  @Produces({ZIP, MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "The pack's ZIP as stored (409 until it is READY)")
  public Response content(@PathParam("id") String id) {
    InputStream in = packs.content(id);
    StreamingOutput body =
        out -> {
          try (in) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, ZIP)
        .header("Content-Disposition", "attachment; filename=\"evidence-pack-" + id + ".zip\"")
        .build();
  }

  @POST
  @Path("/{id}/verify")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
  @Operation(summary = "Re-read the stored ZIP and check every file and the pack hash")
  public VerificationResponse verify(@PathParam("id") String id) {
    return VerificationResponse.of(packs.verify(id));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Refused: a pack is evidence kept under Art. 27")
  public void remove(@PathParam("id") String id) {
    packs.remove(id);
  }
}
