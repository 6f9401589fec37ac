package eu.dualis.tenants.provisioning;

import eu.dualis.tenants.TenantId;

/**
 * The result of a provisioning call. {@code oneTimePassword} is shown once, to the caller who
 * created the tenant, and is null when the tenant already existed.
 */
public record ProvisioningOutcome(
    TenantId tenant, boolean created, String adminUsername, String oneTimePassword) {

  public String message() {
    return created
        ? "Tenant " + tenant + " created; first tenant admin " + adminUsername
        : "Tenant " + tenant + " already exists; nothing was changed";
  }
}
