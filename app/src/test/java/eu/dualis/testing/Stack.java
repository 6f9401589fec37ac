package eu.dualis.testing;

/** Where the integration-test stack listens (failsafe sets these for tests and for Liberty). */
public final class Stack {

  private Stack() {}

  public static String appUrl() {
    return System.getenv().getOrDefault("APP_PUBLIC_URL", "http://localhost:19080");
  }

  public static String issuer() {
    return System.getenv().getOrDefault("OIDC_ISSUER", "http://localhost:18180/realms/dualis");
  }

  public static String keycloakUrl() {
    return issuer().substring(0, issuer().indexOf("/realms/"));
  }
}
