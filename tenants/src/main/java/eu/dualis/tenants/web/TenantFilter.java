package eu.dualis.tenants.web;

import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Binds the tenant of the authenticated user for the length of the request. A request without a
 * tenant (anonymous, or a platform admin) runs unbound: tenant-owned data then refuses to load.
 */
public class TenantFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<TenantId> tenant = TenantClaims.of(request.getUserPrincipal());
    if (tenant.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    try (TenantContext.Scope ignored = TenantContext.enter(tenant.get())) {
      chain.doFilter(request, response);
    }
  }
}
