package eu.dualis.classification.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.ControlLists;
import eu.dualis.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new control list version flags the current classifications it touches, in each tenant apart,
 * once; an officer resolves a flag.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewFlagApiIT {

  private final Api platform = Api.as("platform@dualis.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  /**
   * Creates, classifies and approves a product in one tenant; returns {product, classification}.
   */
  private static String[] classified(String officer, String reviewer, String version, String code) {
    Api author = Api.as(officer);
    String part = "FLG-" + UUID.randomUUID().toString().substring(0, 8);
    String product =
        author.post("/api/v1/products", Api.product("Flagged " + part, part)).string("id");
    String body =
        Json.createObjectBuilder()
            .add("controlListVersionId", version)
            .add("outcome", "LISTED")
            .add("entryCodes", Json.createArrayBuilder().add(code))
            .add("cyberSurveillance", "NO")
            .add("rationale", "Primary function is information security.")
            .build()
            .toString();
    Reply draft = author.post("/api/v1/products/" + product + "/classifications", body);
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    Reply approved =
        Api.as(reviewer).post("/api/v1/classifications/" + draft.string("id") + "/approve", "");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return new String[] {product, draft.string("id")};
  }

  private static List<JsonObject> flagsOf(String user, String classification) {
    return Api.as(user).get("/api/v1/review-flags").parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("classificationId").equals(classification))
        .toList();
  }

  @Test
  void aChangedEntryFlagsEachTenantsClassificationsOnceAndAnOfficerResolvesIt() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String before = ControlLists.importCsv(ControlLists.V1 + "1A001,,Marker " + marker + "\n");
    String[] acmeChanged =
        classified("officer@acme.test", "reviewer@acme.test", before, "5A002.a.1");
    String[] acmeUntouched =
        classified("officer@acme.test", "reviewer@acme.test", before, "5A001.j");
    String[] acmeRemoved =
        classified("officer@acme.test", "reviewer@acme.test", before, "5A002.a.2");
    String[] globexChanged =
        classified("officer@globex.test", "reviewer@globex.test", before, "5A002.a.1");

    Reply imported =
        platform.upload(
            "/api/v1/control-lists",
            "text/csv",
            ControlLists.V2 + "1A001,,Marker " + marker + "\n");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    assertThat(imported.json().getInt("reviewFlagsRaised")).isGreaterThanOrEqualTo(3);
    String after = imported.json().getJsonObject("version").getString("id");

    List<JsonObject> changed = flagsOf("officer@acme.test", acmeChanged[1]);
    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).getString("change")).isEqualTo("CHANGED");
    assertThat(changed.get(0).getString("code")).isEqualTo("5A002.a.1");
    assertThat(changed.get(0).getString("oldText")).doesNotContain("cryptanalysis");
    assertThat(changed.get(0).getString("newText")).contains("cryptanalysis");
    assertThat(flagsOf("officer@acme.test", acmeRemoved[1]))
        .singleElement()
        .satisfies(f -> assertThat(f.getString("change")).isEqualTo("REMOVED"));
    assertThat(flagsOf("officer@acme.test", acmeUntouched[1])).isEmpty();

    // Each tenant sees only its own flags.
    assertThat(flagsOf("officer@globex.test", globexChanged[1])).hasSize(1);
    assertThat(flagsOf("officer@globex.test", acmeChanged[1])).isEmpty();
    assertThat(flagsOf("officer@acme.test", globexChanged[1])).isEmpty();
    String acmeFlag = changed.get(0).getString("id");
    assertThat(Api.as("officer@globex.test").get("/api/v1/review-flags/" + acmeFlag).status())
        .isEqualTo(404);

    // A second impact run on the same version raises nothing twice.
    Reply again = platform.post("/api/v1/control-lists/" + after + "/impact", "");
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getInt("reviewFlagsRaised")).isZero();
    assertThat(flagsOf("officer@acme.test", acmeChanged[1])).hasSize(1);

    Api officer = Api.as("officer@acme.test");
    Reply noNote =
        officer.post(
            "/api/v1/review-flags/" + acmeFlag + "/resolve", "{\"resolution\":\"UNCHANGED\"}");
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.body()).contains("note");
    Reply resolved =
        officer.post(
            "/api/v1/review-flags/" + acmeFlag + "/resolve",
            "{\"resolution\":\"UNCHANGED\",\"note\":\"The device has no cryptanalytic function.\"}");
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    assertThat(resolved.string("status")).isEqualTo("RESOLVED");
    assertThat(resolved.string("resolvedBy")).isEqualTo("officer@acme.test");
    assertThat(
            officer
                .post(
                    "/api/v1/review-flags/" + acmeFlag + "/resolve",
                    "{\"resolution\":\"UNCHANGED\",\"note\":\"again\"}")
                .status())
        .isEqualTo(409);
    assertThat(
            Api.as("auditor@acme.test")
                .get("/api/v1/audit-events?recordType=ReviewFlag&recordId=" + acmeFlag)
                .items())
        .hasSize(2);

    // The removed entry's flag is resolved by classifying the product anew against the new version.
    String removedFlag = flagsOf("officer@acme.test", acmeRemoved[1]).get(0).getString("id");
    Reply tooOld =
        officer.post(
            "/api/v1/review-flags/" + removedFlag + "/resolve",
            "{\"resolution\":\"RECLASSIFIED\",\"classificationId\":\"" + acmeRemoved[1] + "\"}");
    assertThat(tooOld.status()).isEqualTo(400);
    assertThat(tooOld.body()).contains("classificationId");
    String anew =
        officer
            .post(
                "/api/v1/products/" + acmeRemoved[0] + "/classifications",
                Json.createObjectBuilder()
                    .add("controlListVersionId", after)
                    .add("outcome", "LISTED")
                    .add("entryCodes", Json.createArrayBuilder().add("5A002.a.1"))
                    .add("cyberSurveillance", "NO")
                    .add("rationale", "5A002.a.2 was removed; the item falls under 5A002.a.1 now.")
                    .build()
                    .toString())
            .string("id");
    Reply reclassified =
        officer.post(
            "/api/v1/review-flags/" + removedFlag + "/resolve",
            "{\"resolution\":\"RECLASSIFIED\",\"classificationId\":\"" + anew + "\"}");
    assertThat(reclassified.status()).as(reclassified.toString()).isEqualTo(200);
    assertThat(reclassified.string("resolution")).isEqualTo("RECLASSIFIED");
    assertThat(reclassified.string("resolutionNote")).contains(anew);
  }
}
