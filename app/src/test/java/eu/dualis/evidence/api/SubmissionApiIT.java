package eu.dualis.evidence.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.EvidencePacks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submissions of a pack: recorded, a dated status history that only grows, GRANTED naming a licence
 * that must be in the register, final statuses, refused deletion (Art. 27), field-named 400s, and
 * another tenant that learns nothing of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubmissionApiIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  private static String packId;

  private final Api officer = Api.as("officer@acme.test");
  private final Api otherTenant = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @BeforeAll
  static void aReadyPack() {
    Api officer = Api.as("officer@acme.test");
    Reply requested =
        officer.post(
            "/api/v1/evidence-packs",
            EvidencePacks.request("CDIU", TODAY.minusDays(30), TODAY, List.of(), List.of(), "en"));
    packId = requested.string("id");
    assertThat(EvidencePacks.awaitFinished(officer, packId).getString("status")).isEqualTo("READY");
  }

  private JsonObject submit(String reference) {
    Reply reply =
        officer.post(
            "/api/v1/submissions",
            Json.createObjectBuilder()
                .add("packId", packId)
                .add("sentOn", TODAY.toString())
                .add("authorityReference", reference)
                .build()
                .toString());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private Reply status(String id, String status, long version, String licenceId) {
    var b =
        Json.createObjectBuilder()
            .add("status", status)
            .add("statusOn", TODAY.toString())
            .add("note", "note " + status)
            .add("version", version);
    if (licenceId != null) {
      b.add("licenceId", licenceId);
    }
    return officer.post("/api/v1/submissions/" + id + "/status", b.build().toString());
  }

  private String licence() {
    String body =
        Json.createObjectBuilder()
            .add("kind", "GLOBAL")
            .add("number", "NL-GL-" + UUID.randomUUID().toString().substring(0, 8))
            .add("authority", "CDIU, Groningen")
            .add("holder", "Acme Optics B.V.")
            .add("validFrom", TODAY.toString())
            .add("validTo", TODAY.plusYears(2).toString())
            .add("entryCodes", Json.createArrayBuilder().add("5A002"))
            .add("destinations", Json.createArrayBuilder().add("US"))
            .build()
            .toString();
    Reply reply = officer.post("/api/v1/licences", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.string("id");
  }

  @Test
  void aSubmissionKeepsEveryStatusAndEndsGrantedWithALicenceOfTheRegister() {
    JsonObject s = submit("CDIU-" + UUID.randomUUID());
    String id = s.getString("id");
    assertThat(s.getString("status")).isEqualTo("SUBMITTED");
    assertThat(s.getString("authority")).isEqualTo("CDIU");

    Reply questions = status(id, "QUESTIONS", s.getJsonNumber("version").longValue(), null);
    assertThat(questions.status()).as(questions.toString()).isEqualTo(200);

    Reply noLicence =
        status(id, "GRANTED", questions.json().getJsonNumber("version").longValue(), null);
    assertThat(noLicence.status()).isEqualTo(400);
    assertThat(noLicence.body()).contains("licenceId");
    Reply unknown =
        status(
            id,
            "GRANTED",
            questions.json().getJsonNumber("version").longValue(),
            UUID.randomUUID().toString());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("licenceId");

    Reply stale = status(id, "REFUSED", 0, null);
    assertThat(stale.status()).isEqualTo(409);

    String licenceId = licence();
    Reply granted =
        status(id, "GRANTED", questions.json().getJsonNumber("version").longValue(), licenceId);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    JsonObject g = officer.get("/api/v1/submissions/" + id).json();
    assertThat(g.getString("status")).isEqualTo("GRANTED");
    assertThat(g.getString("licenceId")).isEqualTo(licenceId);
    assertThat(g.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("status"))
        .containsExactly("SUBMITTED", "QUESTIONS", "GRANTED");

    Reply afterFinal = status(id, "REFUSED", g.getJsonNumber("version").longValue(), null);
    assertThat(afterFinal.status()).isEqualTo(409);
    Reply delete = officer.delete("/api/v1/submissions/" + id);
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.body()).contains("Art. 27");

    assertThat(officer.get("/api/v1/submissions?packId=" + packId).parse().asJsonArray())
        .extracting(v -> v.asJsonObject().getString("id"))
        .contains(id);
  }

  @Test
  void badInputIsA400NamingTheField() {
    Reply reply =
        officer.post(
            "/api/v1/submissions",
            Json.createObjectBuilder()
                .add("packId", UUID.randomUUID().toString())
                .add("sentOn", TODAY.plusDays(3).toString())
                .build()
                .toString());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("packId").contains("sentOn");
    Reply badDate =
        officer.post(
            "/api/v1/submissions",
            Json.createObjectBuilder()
                .add("packId", packId)
                .add("sentOn", "yesterday")
                .build()
                .toString());
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("sentOn");
  }

  @Test
  void anotherTenantCanNeitherReadNorChangeNorListNorSubmitWithASubmissionOrPack() {
    String id = submit("REF-" + UUID.randomUUID()).getString("id");
    assertThat(otherTenant.get("/api/v1/submissions/" + id).status()).isEqualTo(404);
    assertThat(
            otherTenant
                .post(
                    "/api/v1/submissions/" + id + "/status",
                    Json.createObjectBuilder()
                        .add("status", "REFUSED")
                        .add("statusOn", TODAY.toString())
                        .add("version", 0)
                        .build()
                        .toString())
                .status())
        .isEqualTo(404);
    assertThat(otherTenant.delete("/api/v1/submissions/" + id).status()).isEqualTo(404);
    assertThat(otherTenant.get("/api/v1/submissions").body()).doesNotContain(id);
    Reply withForeignPack =
        otherTenant.post(
            "/api/v1/submissions",
            Json.createObjectBuilder()
                .add("packId", packId)
                .add("sentOn", TODAY.toString())
                .build()
                .toString());
    assertThat(withForeignPack.status()).isEqualTo(400);
    assertThat(withForeignPack.body()).contains("no such evidence pack");
    assertThat(officer.get("/api/v1/submissions/" + id).json().getString("status"))
        .isEqualTo("SUBMITTED");
  }
}
