package eu.dualis.platform.health;

import eu.dualis.platform.security.IdentityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak serves the realm's signing keys: without them no login works. */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Inject IdentityProvider identityProvider;

  @Override
  public HealthCheckResponse call() {
    String realm = identityProvider.realmUrl();
    var response =
        HealthCheckResponse.named("identity-provider")
            .withData("issuer", identityProvider.issuer());
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
