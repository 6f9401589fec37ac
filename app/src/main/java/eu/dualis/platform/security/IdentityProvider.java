package eu.dualis.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak's realm is: its issuer as tokens carry it, and its URL as this server reaches it
 * (they differ inside a container network).
 */
@ApplicationScoped
public class IdentityProvider {

  @Inject
  @ConfigProperty(name = "OIDC_ISSUER")
  String issuer;

  @Inject
  @ConfigProperty(name = "OIDC_INTERNAL_URL")
  Optional<String> internalUrl;

  public String issuer() {
    return issuer;
  }

  /** The realm URL for server-to-server calls (keys, tokens, Admin REST API). */
  public String realmUrl() {
    return internalUrl.filter(u -> !u.isBlank()).orElse(issuer);
  }
}
