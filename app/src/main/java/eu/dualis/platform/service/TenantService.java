package eu.dualis.platform.service;

import eu.dualis.platform.security.IdentityProvider;
import eu.dualis.tenants.TenantId;
import eu.dualis.tenants.provisioning.KeycloakAdmin;
import eu.dualis.tenants.provisioning.ProvisioningOutcome;
import eu.dualis.tenants.provisioning.TenantDirectory;
import eu.dualis.tenants.provisioning.TenantProvisioner;
import eu.dualis.tenants.provisioning.TenantRegistration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tenants for the platform: provisioning (platform admins only, enforced by the resource) and the
 * display name the web shell shows.
 */
@ApplicationScoped
public class TenantService {

  @Resource(lookup = "jdbc/dualisMigrations")
  DataSource dataSource;

  @Inject IdentityProvider identityProvider;

  @Inject
  @ConfigProperty(name = "KEYCLOAK_PROVISIONER_CLIENT_ID", defaultValue = "dualis-provisioner")
  String provisionerClientId;

  @Inject
  @ConfigProperty(name = "KEYCLOAK_PROVISIONER_SECRET")
  Optional<String> provisionerSecret;

  private TenantDirectory directory;

  @PostConstruct
  void init() {
    directory = new TenantDirectory(dataSource::getConnection);
  }

  public ProvisioningOutcome provision(TenantRegistration registration, String requestedBy) {
    String realm = identityProvider.realmUrl();
    KeycloakAdmin keycloak =
        new KeycloakAdmin(
            new KeycloakAdmin.Config(
                URI.create(realm), provisionerClientId, provisionerSecret.orElse("")));
    return new TenantProvisioner(directory, keycloak).provision(registration, requestedBy);
  }

  /** Every tenant, for work done once per tenant (impact runs, jobs). */
  public java.util.List<TenantId> all() {
    return directory.all();
  }

  public Optional<String> displayName(TenantId tenant) {
    return directory.displayName(tenant);
  }
}
