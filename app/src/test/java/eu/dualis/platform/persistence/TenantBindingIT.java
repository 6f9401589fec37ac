package eu.dualis.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.classification.model.Product;
import eu.dualis.classification.model.ProductDetails;
import eu.dualis.classification.service.ProductService;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.tenants.NoTenantException;
import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import eu.dualis.testing.Deployments;
import jakarta.inject.Inject;
import java.io.File;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: code run "as tenant X" (how jobs work) sees and changes only that tenant's
 * rows, and tenant-owned data refuses to load when no tenant is bound.
 */
@ExtendWith(ArquillianExtension.class)
class TenantBindingIT {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");

  @Inject ProductService products;

  @Deployment
  static WebArchive deployment() throws Exception {
    File assertj =
        new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Deployments.app()
        .addClasses(TenantBindingIT.class, Deployments.class)
        .addAsLibrary(assertj);
  }

  private static ProductDetails details(String part) {
    return new ProductDetails("Job item " + part, part, null, null, null, null);
  }

  @Test
  void workRunAsATenantStaysInThatTenant() {
    String part = "JOB-" + UUID.randomUUID().toString().substring(0, 8);
    Product created = TenantContext.callAs(ACME, () -> products.create(details(part)));

    long acmeHits =
        TenantContext.callAs(
            ACME,
            () ->
                products.search(part, new SortOrder("name", true), new PageRequest(0, 10)).total());
    long globexHits =
        TenantContext.callAs(
            GLOBEX,
            () ->
                products.search(part, new SortOrder("name", true), new PageRequest(0, 10)).total());
    assertThat(acmeHits).isEqualTo(1);
    assertThat(globexHits).isZero();
    assertThatThrownBy(() -> TenantContext.runAs(GLOBEX, () -> products.get(created.id())))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void withoutATenantNothingTenantOwnedLoads() {
    assertThat(TenantContext.current()).isEmpty();
    assertThatThrownBy(
            () -> products.search(null, new SortOrder("name", true), new PageRequest(0, 10)))
        .isInstanceOf(NoTenantException.class);
  }
}
