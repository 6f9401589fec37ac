package eu.dualis.platform.security;

/** The realm roles of Keycloak's {@code dualis} realm, which Liberty maps to roles by name. */
public final class Roles {

  public static final String COMPLIANCE_OFFICER = "compliance-officer";
  public static final String SALES = "sales";
  public static final String AUDITOR = "auditor";
  public static final String TENANT_ADMIN = "tenant-admin";
  public static final String PLATFORM_ADMIN = "platform-admin";

  private Roles() {}
}
