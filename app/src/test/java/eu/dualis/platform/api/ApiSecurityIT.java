package eu.dualis.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bearer tokens from the real Keycloak: issuer, audience, signature, expiry and roles enforced. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSecurityIT {

  private static final String PRODUCTS = "/api/v1/products";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void aValidTokenIsAccepted() {
    assertThat(Api.as("officer@acme.test").get(PRODUCTS).status()).isEqualTo(200);
  }

  @Test
  void noTokenIsUnauthorized() {
    assertThat(Api.anonymous().get(PRODUCTS).status()).isEqualTo(401);
    assertThat(Api.anonymous().post(PRODUCTS, Api.product("x", "y")).status()).isEqualTo(401);
    assertThat(Api.anonymous().get("/api/v1/audit-events").status()).isEqualTo(401);
  }

  @Test
  void tamperedTokenIsUnauthorized() {
    String token = Tokens.of("officer@acme.test");
    String forged = Tokens.tampered(token);
    assertThat(Tokens.claims(forged).getString("tenant")).isEqualTo("globex");
    assertThat(Api.withToken(forged).get(PRODUCTS).status()).isEqualTo(401);
    assertThat(Api.withToken("not.a.jwt").get(PRODUCTS).status()).isEqualTo(401);
  }

  @Test
  void expiredTokenIsUnauthorized() throws InterruptedException {
    String token = Tokens.shortLived("officer@acme.test");
    long lifetime =
        Tokens.claims(token).getJsonNumber("exp").longValue()
            - Tokens.claims(token).getJsonNumber("iat").longValue();
    assertThat(lifetime).isLessThanOrEqualTo(2);
    // The server allows 1 s of clock skew in tests (JWT_CLOCK_SKEW); wait past both.
    Thread.sleep(4_500);
    assertThat(Api.withToken(token).get(PRODUCTS).status()).isEqualTo(401);
  }

  @Test
  void tokenOfAnotherIssuerIsUnauthorized() {
    String token = Tokens.fromOtherIssuer();
    assertThat(Tokens.claims(token).getString("iss")).endsWith("/realms/master");
    assertThat(Api.withToken(token).get(PRODUCTS).status()).isEqualTo(401);
  }

  @Test
  void tokenForAnotherAudienceIsUnauthorized() {
    String token = Tokens.withoutApiAudience("officer@acme.test");
    assertThat(Tokens.claims(token).toString()).doesNotContain("dualis-api");
    assertThat(Api.withToken(token).get(PRODUCTS).status()).isEqualTo(401);
  }

  @Test
  void wrongRoleIsForbidden() {
    var reply = Api.as("sales@acme.test").post(PRODUCTS, Api.product("x", "FORBIDDEN-1"));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(Api.as("admin@acme.test").get(PRODUCTS).status()).isEqualTo(403);
    assertThat(Api.as("officer@acme.test").post("/api/v1/tenants", "{}").status()).isEqualTo(403);
  }

  @Test
  void platformAdminHasNoAccessToTenantData() {
    assertThat(Api.as("platform@dualis.test").get(PRODUCTS).status()).isEqualTo(403);
  }
}
