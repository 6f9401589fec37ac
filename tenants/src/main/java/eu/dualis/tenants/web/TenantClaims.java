package eu.dualis.tenants.web;

import eu.dualis.tenants.TenantId;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the {@code tenant} claim of the token that the server has already verified: the bearer
 * token (MicroProfile JWT) for the API, the ID token of Liberty's OpenID Connect client for the
 * browser.
 */
public final class TenantClaims {

  public static final String CLAIM = "tenant";

  private static final String LIBERTY_OIDC_HELPER =
      "com.ibm.websphere.security.openidconnect.PropagationHelper";

  private TenantClaims() {}

  public static Optional<TenantId> of(Principal principal) {
    if (principal == null) {
      return Optional.empty();
    }
    Object claim =
        principal instanceof JsonWebToken jwt ? jwt.getClaim(CLAIM) : fromLibertyOidcClient();
    return Optional.ofNullable(claim)
        .map(TenantClaims::claimText)
        .filter(TenantId::isValid)
        .map(TenantId::of);
  }

  private static String claimText(Object claim) {
    String text = claim.toString();
    // JSON-P strings print with their quotes.
    return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }

  /**
   * Liberty keeps the verified ID token of a browser login on the thread's subject; its API type is
   * only on Liberty's classpath, so it is reached reflectively and this jar stays runnable (and
   * testable) outside the server.
   */
  private static Object fromLibertyOidcClient() {
    try {
      Class<?> helper = Class.forName(LIBERTY_OIDC_HELPER);
      Object idToken = helper.getMethod("getIdToken").invoke(null);
      if (idToken == null) {
        return null;
      }
      return idToken.getClass().getMethod("getClaim", String.class).invoke(idToken, CLAIM);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
