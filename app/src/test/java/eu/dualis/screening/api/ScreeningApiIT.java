package eu.dualis.screening.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The screening API against the demo UN list of 2026-02-27 that a first start loads: answers,
 * explanations, list versions and their staleness, validation, roles and tenant isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningApiIT {

  private final Api sales = Api.as("sales@acme.test");
  private final Api officer = Api.as("officer@acme.test");
  private final Api otherTenant = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void aListedPersonIsAPotentialMatchWithAnExplainedHit() {
    Reply reply =
        sales.post(
            "/api/v1/screenings",
            "{\"name\":\"Katanga Germain\",\"type\":\"PERSON\",\"country\":\"CD\","
                + "\"dateOfBirth\":\"1978-04-28\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    JsonObject s = reply.json();
    assertThat(s.getString("status")).isEqualTo("POTENTIAL_MATCH");
    assertThat(s.getString("screenedBy")).isEqualTo("sales@acme.test");
    JsonObject top = s.getJsonArray("hits").getJsonObject(0);
    assertThat(top.getString("source")).isEqualTo("UN_SC");
    assertThat(top.getString("reference")).isEqualTo("CDi.006");
    assertThat(top.getString("listedName")).containsIgnoringCase("KATANGA");
    assertThat(top.getJsonArray("tokens")).isNotEmpty();
    assertThat(top.getJsonArray("qualifiers").stream().map(JsonValue::toString))
        .anySatisfy(q -> assertThat(q).contains("DATE_OF_BIRTH"));
    // The list used, with its date: the demo list is months old, hence stale.
    JsonObject un =
        s.getJsonArray("listVersions").stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getString("source").equals("UN_SC"))
            .findFirst()
            .orElseThrow();
    assertThat(s.getJsonArray("listVersions").stream().map(JsonValue::toString))
        .anySatisfy(
            v -> assertThat(v).contains("\"asOf\":\"2026-02-27\"").contains("\"demo\":true"));
    assertThat(un.getBoolean("stale")).isTrue();
    assertThat(s.getBoolean("anyListStale")).isTrue();

    Reply stored = officer.get("/api/v1/screenings/" + s.getString("id"));
    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.json().getJsonArray("hits").size()).isEqualTo(s.getJsonArray("hits").size());
  }

  @Test
  void anUnlistedNameIsClearAndStillRecorded() {
    Reply reply =
        sales.post(
            "/api/v1/screenings", "{\"name\":\"Annelies Vermeulen-Brouwer\",\"country\":\"NL\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    assertThat(reply.string("status")).isEqualTo("CLEAR");
    assertThat(reply.json().getJsonArray("hits")).isEmpty();
    assertThat(reply.json().getJsonArray("listVersions")).isNotEmpty();
    Reply list = officer.get("/api/v1/screenings?size=200");
    assertThat(Api.containsId(list.items(), reply.string("id"))).isTrue();
  }

  @Test
  void badInputNamesEachFieldAndStoresNothing() {
    long before =
        officer.get("/api/v1/screenings?size=1").json().getJsonNumber("total").longValue();
    Reply reply =
        sales.post(
            "/api/v1/screenings",
            "{\"name\":\"  \",\"country\":\"Germany\",\"dateOfBirth\":\"1978-13-40\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(
            reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")))
        .containsExactlyInAnyOrder("name", "country", "dateOfBirth");
    Reply badType = sales.post("/api/v1/screenings", "{\"name\":\"X\",\"type\":\"ROBOT\"}");
    assertThat(badType.status()).isEqualTo(400);
    assertThat(badType.toString()).contains("type");
    long after = officer.get("/api/v1/screenings?size=1").json().getJsonNumber("total").longValue();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void auditorsReadButDoNotScreenAndAnonymousCallersGetNothing() {
    assertThat(Api.as("auditor@acme.test").post("/api/v1/screenings", "{\"name\":\"A\"}").status())
        .isEqualTo(403);
    assertThat(Api.as("auditor@acme.test").get("/api/v1/screenings").status()).isEqualTo(200);
    assertThat(Api.anonymous().post("/api/v1/screenings", "{\"name\":\"A\"}").status())
        .isEqualTo(401);
  }

  @Test
  void askComplianceRaisesTheHitsOnceOnTheWorklist() {
    Reply screening =
        sales.post("/api/v1/screenings", "{\"name\":\"Eric Badege\",\"type\":\"PERSON\"}");
    String id = screening.string("id");
    assertThat(screening.string("status")).isEqualTo("POTENTIAL_MATCH");
    Reply asked = sales.post("/api/v1/screenings/" + id + "/ask-compliance", "");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
    var hits = asked.parse().asJsonArray();
    assertThat(hits).isNotEmpty();
    String hitId = hits.getJsonObject(0).getString("id");
    assertThat(hits.getJsonObject(0).getString("status")).isEqualTo("OPEN");
    assertThat(hits.getJsonObject(0).getString("raisedBy")).isEqualTo("sales@acme.test");
    Reply again = sales.post("/api/v1/screenings/" + id + "/ask-compliance", "");
    assertThat(again.parse().asJsonArray().getJsonObject(0).getString("id")).isEqualTo(hitId);
    Reply worklist = officer.get("/api/v1/hits?size=200");
    assertThat(Api.containsId(worklist.items(), hitId)).isTrue();

    Reply clear = sales.post("/api/v1/screenings", "{\"name\":\"Pieternella Zwanenburg\"}");
    Reply nothing = sales.post("/api/v1/screenings/" + clear.string("id") + "/ask-compliance", "");
    assertThat(nothing.status()).isEqualTo(409);
  }

  @Test
  void anotherTenantCanNeitherReadListNorAskAboutAScreening() {
    Reply screening = sales.post("/api/v1/screenings", "{\"name\":\"Germain Katanga\"}");
    String id = screening.string("id");
    Reply read = otherTenant.get("/api/v1/screenings/" + id);
    Reply unknown = otherTenant.get("/api/v1/screenings/00000000-0000-0000-0000-000000000000");
    assertThat(read.status()).isEqualTo(404);
    // The same answer as for an id that does not exist: nothing to learn from it.
    assertThat(read.string("detail").replace(id, "ID"))
        .isEqualTo(unknown.string("detail").replace("00000000-0000-0000-0000-000000000000", "ID"));
    assertThat(Api.containsId(otherTenant.get("/api/v1/screenings?size=200").items(), id))
        .isFalse();
    assertThat(otherTenant.post("/api/v1/screenings/" + id + "/ask-compliance", "").status())
        .isEqualTo(404);
    assertThat(
            otherTenant.get("/api/v1/screenings?size=200").items().stream()
                .map(v -> v.asJsonObject().getString("screenedBy")))
        .noneMatch(by -> by.endsWith("@acme.test"));
  }
}
