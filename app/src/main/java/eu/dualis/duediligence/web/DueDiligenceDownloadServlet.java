package eu.dualis.duediligence.web;

import eu.dualis.duediligence.model.DueDiligenceDocument;
import eu.dualis.duediligence.service.DueDiligencePdf;
import eu.dualis.duediligence.service.DueDiligenceService;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The file's PDF ({@code ?id=}) and its end-use statement ({@code ?id=&document}) for the signed-in
 * page user, whose session has no bearer token for the API. Officers and auditors only, as the API.
 */
@WebServlet("/app/due-diligence-download")
public class DueDiligenceDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient DueDiligenceService files;
  @Inject transient DueDiligencePdf pdfs;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.isUserInRole(Roles.COMPLIANCE_OFFICER) && !request.isUserInRole(Roles.AUDITOR)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String id = request.getParameter("id");
    try {
      byte[] body;
      String type;
      String name;
      if (request.getParameter("document") != null) {
        DueDiligenceDocument d = files.document(id);
        body = d.content();
        type = d.contentType();
        name = d.name();
      } else {
        body = pdfs.of(id);
        type = "application/pdf";
        name = "due-diligence-" + id + ".pdf";
      }
      response.setContentType(type);
      response.setHeader(
          "Content-Disposition",
          "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    } catch (RecordNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
