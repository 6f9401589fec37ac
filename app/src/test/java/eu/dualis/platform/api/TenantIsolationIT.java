package eu.dualis.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A user of globex can neither read, list, find, change nor learn of acme's records. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

  private final Api acme = Api.as("officer@acme.test");
  private final Api globex = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private JsonObject acmeProduct() {
    String part = "ISO-" + UUID.randomUUID().toString().substring(0, 8);
    Reply created = acme.post("/api/v1/products", Api.product("Acme secret item " + part, part));
    assertThat(created.status()).isEqualTo(201);
    return created.json();
  }

  @Test
  void anotherTenantsProductCannotBeReadAndLooksExactlyLikeNoProduct() {
    String id = acmeProduct().getString("id");
    Reply foreign = globex.get("/api/v1/products/" + id);
    Reply none = globex.get("/api/v1/products/" + UUID.randomUUID());
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(none.status()).isEqualTo(404);
    // Same answer apart from the id itself: nothing discloses that the record exists elsewhere.
    assertThat(foreign.json().getString("title")).isEqualTo(none.json().getString("title"));
    assertThat(foreign.json().getString("detail")).doesNotContain("acme");
  }

  @Test
  void anotherTenantsProductIsNeitherListedNorFound() {
    JsonObject product = acmeProduct();
    String part = product.getString("partNumber");
    Reply search = globex.get("/api/v1/products?q=" + part);
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.json().getJsonNumber("total").intValue()).isZero();
    Reply all = globex.get("/api/v1/products?size=200");
    assertThat(Api.containsId(all.items(), product.getString("id"))).isFalse();
    assertThat(all.body()).doesNotContain("Acme secret item");
  }

  @Test
  void anotherTenantsProductCannotBeChangedOrDeleted() {
    JsonObject product = acmeProduct();
    String id = product.getString("id");
    Reply update =
        globex.put(
            "/api/v1/products/" + id,
            Api.withVersion(product, "Hijacked", product.getInt("version")));
    assertThat(update.status()).isEqualTo(404);
    assertThat(globex.delete("/api/v1/products/" + id).status()).isEqualTo(404);
    Reply still = acme.get("/api/v1/products/" + id);
    assertThat(still.status()).isEqualTo(200);
    assertThat(still.string("name")).isEqualTo(product.getString("name"));
  }

  @Test
  void partNumbersAreUniquePerTenantOnly() {
    String part = acmeProduct().getString("partNumber");
    Reply same = globex.post("/api/v1/products", Api.product("Globex item", part));
    assertThat(same.status()).as("a part number of acme does not block globex").isEqualTo(201);
    assertThat(acme.get("/api/v1/products?q=" + part).json().getJsonNumber("total").intValue())
        .isEqualTo(1);
  }

  @Test
  void auditEventsDoNotCrossTenants() {
    String id = acmeProduct().getString("id");
    Reply globexEvents = globex.get("/api/v1/audit-events?size=200");
    assertThat(globexEvents.status()).isEqualTo(200);
    assertThat(globexEvents.body()).doesNotContain(id).doesNotContain("officer@acme.test");
    Reply byRecord = globex.get("/api/v1/audit-events?recordType=Product&recordId=" + id);
    assertThat(byRecord.json().getJsonNumber("total").intValue()).isZero();
    Reply acmeEvents = acme.get("/api/v1/audit-events?recordType=Product&recordId=" + id);
    assertThat(acmeEvents.json().getJsonNumber("total").intValue()).isEqualTo(1);
  }
}
