package eu.dualis.tenants;

/** Tenant-owned data was touched while no tenant was bound: fail closed, never guess. */
public class NoTenantException extends RuntimeException {

  public NoTenantException() {
    super("No tenant is bound to this request: the user's token carries no tenant claim");
  }
}
