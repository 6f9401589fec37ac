package eu.dualis.platform.web;

import eu.dualis.platform.security.IdentityProvider;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends the session here and at Keycloak. Liberty's OpenID Connect client has no RP-initiated
 * logout, so the app logs out locally and sends the browser to Keycloak's end-session endpoint.
 */
@WebServlet("/app/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject IdentityProvider identityProvider;

  @Inject
  @ConfigProperty(name = "OIDC_CLIENT_ID", defaultValue = "dualis-web")
  String clientId;

  @Inject
  @ConfigProperty(name = "APP_PUBLIC_URL", defaultValue = "http://localhost:9080")
  String publicUrl;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(
        identityProvider.issuer()
            + "/protocol/openid-connect/logout?client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(publicUrl + "/", StandardCharsets.UTF_8));
  }
}
