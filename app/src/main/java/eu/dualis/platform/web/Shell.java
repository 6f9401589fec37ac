package eu.dualis.platform.web;

import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.service.TenantService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the application shell shows: the user, the tenant's name. */
@Named
@RequestScoped
public class Shell {

  @Inject CurrentUser user;
  @Inject TenantService tenants;

  public String getUserName() {
    return user.name();
  }

  public String getTenantName() {
    return user.tenant().map(t -> tenants.displayName(t).orElse(t.value())).orElse("");
  }

  /** False for a user whose token names no tenant (a platform admin): no tenant data to show. */
  public boolean isTenantBound() {
    return user.tenant().isPresent();
  }

  public boolean isInRole(String role) {
    return user.hasRole(role);
  }
}
