package eu.dualis.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak serves the realm's signing keys: without them no login works. */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Inject
  @ConfigProperty(name = "OIDC_ISSUER")
  String issuer;

  @Inject
  @ConfigProperty(name = "OIDC_INTERNAL_URL")
  Optional<String> internalUrl;

  @Override
  public HealthCheckResponse call() {
    String realm = internalUrl.filter(u -> !u.isBlank()).orElse(issuer);
    var response = HealthCheckResponse.named("identity-provider").withData("issuer", issuer);
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/certs"))
              .timeout(Duration.ofSeconds(3))
              .GET()
              .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return response.status(status == 200).withData("status", status).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().build();
    } catch (Exception e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
