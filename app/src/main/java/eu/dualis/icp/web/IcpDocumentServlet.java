package eu.dualis.icp.web;

import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.service.IcpService;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An ICP document's file ({@code ?id=}) for the signed-in page user, whose session has no bearer
 * token for the API. Officers and auditors only, as the API.
 */
@WebServlet("/app/icp-document")
public class IcpDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient IcpService icp;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.isUserInRole(Roles.COMPLIANCE_OFFICER) && !request.isUserInRole(Roles.AUDITOR)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    try {
      IcpDocument d = icp.document(String.valueOf(request.getParameter("id")));
      byte[] body = d.content();
      response.setContentType(d.contentType());
      response.setHeader(
          "Content-Disposition",
          "attachment; filename=\"" + d.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
      response.setHeader("X-Content-SHA256", d.sha256());
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    } catch (RecordNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
