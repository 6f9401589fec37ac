package eu.dualis.classification.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The products API with real tokens on Liberty and MariaDB. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductApiIT {

  private final Api officer = Api.as("officer@acme.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void officerCreatesReadsRevisesAndDeletesAProduct() {
    String part = unique("LAS");
    Reply created = officer.post("/api/v1/products", Api.product("Fibre laser", part));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject product = created.json();
    String id = product.getString("id");
    assertThat(created.location())
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/products/" + id));
    assertThat(product.getString("cnCode")).isEqualTo("90132000");
    assertThat(product.getString("createdBy")).isEqualTo("officer@acme.test");

    Reply read = officer.get("/api/v1/products/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.string("partNumber")).isEqualTo(part);

    long version = product.getJsonNumber("version").longValue();
    Reply revised =
        officer.put(
            "/api/v1/products/" + id, Api.withVersion(product, "Fibre laser 2 kW", version));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(revised.string("name")).isEqualTo("Fibre laser 2 kW");
    assertThat(revised.json().getJsonNumber("version").longValue()).isGreaterThan(version);

    assertThat(officer.delete("/api/v1/products/" + id).status()).isEqualTo(204);
    assertThat(officer.get("/api/v1/products/" + id).status()).isEqualTo(404);
  }

  @Test
  void invalidFieldsAreEachNamedAndNothingIsStored() {
    long before = officer.get("/api/v1/products?size=1").json().getJsonNumber("total").longValue();
    Reply reply =
        officer.post(
            "/api/v1/products",
            "{\"name\":\"\",\"partNumber\":\"" + "x".repeat(65) + "\",\"cnCode\":\"12ab\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.isProblem()).isTrue();
    assertThat(
            reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("name", "partNumber", "cnCode");
    long after = officer.get("/api/v1/products?size=1").json().getJsonNumber("total").longValue();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void bodyThatIsNotJsonOrMissingIsABadRequest() {
    Reply notJson = officer.post("/api/v1/products", "{name: ");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.isProblem()).isTrue();
    assertThat(notJson.string("detail")).contains("not valid JSON");

    Reply noBody = officer.send("POST", "/api/v1/products", "");
    assertThat(noBody.status()).isEqualTo(400);
    assertThat(noBody.isProblem()).isTrue();
  }

  @Test
  void duplicatePartNumberIsAConflict() {
    String part = unique("DUP");
    assertThat(officer.post("/api/v1/products", Api.product("First", part)).status())
        .isEqualTo(201);
    Reply second = officer.post("/api/v1/products", Api.product("Second", part));
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.isProblem()).isTrue();
    assertThat(second.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("partNumber");
    assertThat(officer.get("/api/v1/products?q=" + part).json().getJsonNumber("total").intValue())
        .isEqualTo(1);
  }

  @Test
  void staleVersionIsAConflictAndKeepsTheNewerChange() {
    JsonObject product =
        officer.post("/api/v1/products", Api.product("Sensor", unique("SEN"))).json();
    String id = product.getString("id");
    long version = product.getJsonNumber("version").longValue();
    assertThat(
            officer
                .put("/api/v1/products/" + id, Api.withVersion(product, "Sensor A", version))
                .status())
        .isEqualTo(200);

    Reply stale =
        officer.put("/api/v1/products/" + id, Api.withVersion(product, "Sensor B", version));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.isProblem()).isTrue();
    assertThat(officer.get("/api/v1/products/" + id).string("name")).isEqualTo("Sensor A");

    Reply noVersion =
        officer.put(
            "/api/v1/products/" + id, Api.product("Sensor C", product.getString("partNumber")));
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.body()).contains("version");
  }

  @Test
  void listPagesSortsAndSearches() {
    String tag = unique("PAGE");
    for (String name : new String[] {"Charlie " + tag, "Alpha " + tag, "Bravo " + tag}) {
      assertThat(officer.post("/api/v1/products", Api.product(name, unique(tag))).status())
          .isEqualTo(201);
    }
    Reply first = officer.get("/api/v1/products?q=" + tag + "&size=2&page=0&sort=name,asc");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().getJsonNumber("total").intValue()).isEqualTo(3);
    assertThat(first.items().stream().map(v -> v.asJsonObject().getString("name")))
        .containsExactly("Alpha " + tag, "Bravo " + tag);
    Reply second = officer.get("/api/v1/products?q=" + tag + "&size=2&page=1&sort=name,asc");
    assertThat(second.items().stream().map(v -> v.asJsonObject().getString("name")))
        .containsExactly("Charlie " + tag);
    Reply descending = officer.get("/api/v1/products?q=" + tag.toLowerCase() + "&sort=name,desc");
    assertThat(descending.items().getJsonObject(0).getString("name")).isEqualTo("Charlie " + tag);
  }

  @Test
  void badPagingAndSortParametersAreNamed() {
    Reply reply = officer.get("/api/v1/products?page=-1&size=1000");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(
            reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("page", "size");
    Reply sort = officer.get("/api/v1/products?sort=tenant_id");
    assertThat(sort.status()).isEqualTo(400);
    assertThat(sort.body()).contains("sort");
    assertThat(officer.get("/api/v1/products?page=abc").status()).isEqualTo(400);
  }

  @Test
  void searchTreatsWildcardsAsText() {
    String tag = unique("WILD");
    officer.post("/api/v1/products", Api.product("Widget " + tag, tag));
    assertThat(officer.get("/api/v1/products?q=%25").json().getJsonNumber("total").intValue())
        .as("a lone %% matches only names containing %%")
        .isZero();
  }

  @Test
  void salesAndAuditorsReadButCannotWrite() {
    JsonObject product =
        officer.post("/api/v1/products", Api.product("Camera", unique("CAM"))).json();
    String id = product.getString("id");
    for (String reader : new String[] {"sales@acme.test", "auditor@acme.test"}) {
      Api api = Api.as(reader);
      assertThat(api.get("/api/v1/products/" + id).status()).as(reader).isEqualTo(200);
      assertThat(api.get("/api/v1/products").status()).as(reader).isEqualTo(200);
      Reply write = api.post("/api/v1/products", Api.product("Nope", unique("NO")));
      assertThat(write.status()).as(reader).isEqualTo(403);
      assertThat(api.put("/api/v1/products/" + id, Api.withVersion(product, "X", 1)).status())
          .as(reader)
          .isEqualTo(403);
      assertThat(api.delete("/api/v1/products/" + id).status()).as(reader).isEqualTo(403);
    }
    assertThat(officer.get("/api/v1/products/" + id).string("name")).isEqualTo("Camera");
  }

  @Test
  void everyChangeIsInTheAuditTrailWithBeforeAndAfter() {
    JsonObject product =
        officer.post("/api/v1/products", Api.product("Gyro", unique("GYR"))).json();
    String id = product.getString("id");
    officer.put(
        "/api/v1/products/" + id, Api.withVersion(product, "Gyro Mk2", product.getInt("version")));
    officer.delete("/api/v1/products/" + id);

    Reply events =
        Api.as("auditor@acme.test").get("/api/v1/audit-events?recordType=Product&recordId=" + id);
    assertThat(events.status()).isEqualTo(200);
    var items = events.items().stream().map(JsonValue::asJsonObject).toList();
    assertThat(items)
        .extracting(e -> e.getString("action"))
        .containsExactly("DELETE", "UPDATE", "CREATE");
    JsonObject update = items.get(1);
    assertThat(update.getString("actor")).isEqualTo("officer@acme.test");
    assertThat(update.getString("before")).contains("\"name\":\"Gyro\"");
    assertThat(update.getString("after")).contains("\"name\":\"Gyro Mk2\"");
    assertThat(items.get(0).get("after")).isIn(null, JsonValue.NULL);
    assertThat(items.get(2).get("before")).isIn(null, JsonValue.NULL);
    assertThat(Api.as("sales@acme.test").get("/api/v1/audit-events").status()).isEqualTo(403);
  }

  @Test
  void unknownOrMalformedIdsAreNotFound() {
    assertThat(officer.get("/api/v1/products/" + UUID.randomUUID()).status()).isEqualTo(404);
    Reply malformed = officer.get("/api/v1/products/not-a-uuid");
    assertThat(malformed.status()).isEqualTo(404);
    assertThat(malformed.isProblem()).isTrue();
  }
}
