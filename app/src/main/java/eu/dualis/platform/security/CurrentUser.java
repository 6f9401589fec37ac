package eu.dualis.platform.security;

import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The authenticated caller: the token's {@code preferred_username} and its tenant. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;

  public String name() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? "anonymous" : principal.getName();
  }

  public boolean hasRole(String role) {
    return security.isCallerInRole(role);
  }

  public Optional<TenantId> tenant() {
    return TenantContext.current();
  }
}
