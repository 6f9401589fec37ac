package eu.dualis.classification.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.ControlLists;
import eu.dualis.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Classifying products against a control list version, four eyes, search, isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassificationApiIT {

  private final Api officer = Api.as("officer@acme.test");
  private final Api reviewer = Api.as("reviewer@acme.test");
  private final Api globex = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private String product() {
    String part = "CLS-" + UUID.randomUUID().toString().substring(0, 8);
    return officer.post("/api/v1/products", Api.product("Encryptor " + part, part)).string("id");
  }

  private static String listed(String versionId, String... codes) {
    var array = Json.createArrayBuilder();
    for (String c : codes) {
      array.add(c);
    }
    return Json.createObjectBuilder()
        .add("controlListVersionId", versionId)
        .add("outcome", "LISTED")
        .add("entryCodes", array)
        .add("cyberSurveillance", "NO")
        .add("rationale", "AES-256 as primary function; 5A002.a.1 applies, no decontrol note.")
        .add("documentReferences", Json.createArrayBuilder().add("DS-2026-014 datasheet"))
        .build()
        .toString();
  }

  @Test
  void aDraftCountsOnlyAfterASecondOfficerApprovesIt() {
    String version = ControlLists.importCsv(ControlLists.V1);
    String product = product();
    Reply draft =
        officer.post(
            "/api/v1/products/" + product + "/classifications", listed(version, "5A002.a.1"));
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    String id = draft.string("id");
    assertThat(draft.string("status")).isEqualTo("DRAFT");
    assertThat(
            officer.get("/api/v1/products/" + product + "/classifications").json().get("current"))
        .isIn(null, JsonValue.NULL);

    Reply self = officer.post("/api/v1/classifications/" + id + "/approve", "");
    assertThat(self.status()).isEqualTo(403);
    assertThat(self.string("detail")).contains("Four eyes");

    Reply approved = reviewer.post("/api/v1/classifications/" + id + "/approve", "");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.string("approvedBy")).isEqualTo("reviewer@acme.test");
    assertThat(reviewer.post("/api/v1/classifications/" + id + "/approve", "").status())
        .isEqualTo(409);

    JsonObject history =
        Api.as("sales@acme.test").get("/api/v1/products/" + product + "/classifications").json();
    assertThat(history.getJsonObject("current").getString("id")).isEqualTo(id);
    assertThat(history.getJsonArray("history")).hasSize(1);
  }

  @Test
  void searchFindsProductsClassifiedUnderACodeAndBelow() {
    String version = ControlLists.importCsv(ControlLists.V1);
    String product = product();
    String id =
        officer
            .post("/api/v1/products/" + product + "/classifications", listed(version, "5A002.a.1"))
            .string("id");
    reviewer.post("/api/v1/classifications/" + id + "/approve", "");

    assertThat(ids(officer.get("/api/v1/classifications?code=5A002"))).contains(id);
    assertThat(ids(officer.get("/api/v1/classifications?code=5A002.a"))).contains(id);
    assertThat(ids(officer.get("/api/v1/classifications?code=5A001"))).doesNotContain(id);
    assertThat(officer.get("/api/v1/classifications?code=5A0").status()).isEqualTo(400);
  }

  @Test
  void invalidClassificationsNameTheirFields() {
    String version = ControlLists.importCsv(ControlLists.V1);
    String product = product();
    Reply unknownCode =
        officer.post("/api/v1/products/" + product + "/classifications", listed(version, "9A999"));
    assertThat(unknownCode.status()).isEqualTo(400);
    assertThat(unknownCode.body()).contains("entryCodes").contains("9A999");

    String notListedWithoutReason =
        "{\"controlListVersionId\":\""
            + version
            + "\",\"outcome\":\"NOT_LISTED\","
            + "\"cyberSurveillance\":\"LISTED\",\"rationale\":\"\"}";
    Reply reply =
        officer.post("/api/v1/products/" + product + "/classifications", notListedWithoutReason);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(
            reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .contains("notListedReason", "cyberSurveillance", "rationale");
    assertThat(
            officer
                .get("/api/v1/products/" + product + "/classifications")
                .json()
                .getJsonArray("history"))
        .isEmpty();
    assertThat(
            Api.as("sales@acme.test")
                .post("/api/v1/products/" + product + "/classifications", listed(version, "5A002"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void anotherTenantCanNeitherSeeNorApproveNorFind() {
    String version = ControlLists.importCsv(ControlLists.V1);
    String product = product();
    String id =
        officer
            .post("/api/v1/products/" + product + "/classifications", listed(version, "4A005"))
            .string("id");
    assertThat(globex.get("/api/v1/products/" + product + "/classifications").status())
        .isEqualTo(404);
    assertThat(globex.get("/api/v1/classifications/" + id).status()).isEqualTo(404);
    assertThat(globex.post("/api/v1/classifications/" + id + "/approve", "").status())
        .isEqualTo(404);
    reviewer.post("/api/v1/classifications/" + id + "/approve", "");
    assertThat(ids(globex.get("/api/v1/classifications?code=4A005"))).doesNotContain(id);
    assertThat(ids(officer.get("/api/v1/classifications?code=4A005"))).contains(id);
  }

  @Test
  void aClassifiedProductCannotBeDeletedAndEveryStepIsAudited() {
    String version = ControlLists.importCsv(ControlLists.V1);
    String product = product();
    String id =
        officer
            .post("/api/v1/products/" + product + "/classifications", listed(version, "5A001.j"))
            .string("id");
    reviewer.post("/api/v1/classifications/" + id + "/approve", "");
    Reply delete = officer.delete("/api/v1/products/" + product);
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.string("detail")).contains("Art. 27");
    Reply events =
        Api.as("auditor@acme.test")
            .get("/api/v1/audit-events?recordType=Classification&recordId=" + id);
    assertThat(events.items().stream().map(e -> e.asJsonObject().getString("action")))
        .containsExactly("UPDATE", "CREATE");
  }

  private static java.util.List<String> ids(Reply reply) {
    return reply.parse().asJsonArray().stream().map(v -> v.asJsonObject().getString("id")).toList();
  }
}
