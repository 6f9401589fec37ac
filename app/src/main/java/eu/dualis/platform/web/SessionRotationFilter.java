package eu.dualis.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Gives the session a new id on the first authenticated page request, against session fixation:
 * Liberty's OpenID Connect client keeps the id the browser had before login.
 */
@WebFilter("/app/*")
public class SessionRotationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String ROTATED = SessionRotationFilter.class.getName() + ".rotated";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      HttpSession session = request.getSession(false);
      if (session == null || session.getAttribute(ROTATED) == null) {
        if (session != null) {
          request.changeSessionId();
        }
        request.getSession(true).setAttribute(ROTATED, Boolean.TRUE);
      }
    }
    chain.doFilter(request, response);
  }
}
