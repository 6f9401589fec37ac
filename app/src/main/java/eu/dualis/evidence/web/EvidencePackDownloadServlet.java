package eu.dualis.evidence.web;

import eu.dualis.evidence.service.EvidencePackService;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * A pack's ZIP ({@code ?id=}) for the signed-in page user, whose session has no bearer token for
 * the API; streamed from the stored BLOB. Officers and auditors only, as the API.
 */
@WebServlet("/app/evidence-pack-download")
public class EvidencePackDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient EvidencePackService packs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.isUserInRole(Roles.COMPLIANCE_OFFICER) && !request.isUserInRole(Roles.AUDITOR)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String id = request.getParameter("id");
    try (InputStream in = packs.content(id)) {
      response.setContentType("application/zip");
      response.setHeader(
          "Content-Disposition",
          "attachment; filename=\"evidence-pack-" + id.replaceAll("[^A-Za-z0-9-]", "_") + ".zip\"");
      in.transferTo(response.getOutputStream());
    } catch (RecordNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (ConflictException e) {
      response.sendError(HttpServletResponse.SC_CONFLICT);
    }
  }
}
