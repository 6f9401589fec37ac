package eu.dualis.duediligence.api;

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

/**
 * Catch-all notifications: validated (ids checked in the tenant), answered once, with documents
 * that must be PDF, PNG or JPEG up to 10 MB; never deleted; invisible to another tenant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatchAllNotificationApiIT {

  private static final String PATH = "/api/v1/catch-all-notifications";

  private final Api officer = Api.as("officer@acme.test");
  private final Api otherTenant = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private String productId() {
    String part = "CA-" + UUID.randomUUID().toString().substring(0, 8);
    Reply p = officer.post("/api/v1/products", Api.product("Face matcher " + part, part));
    assertThat(p.status()).as(p.toString()).isEqualTo(201);
    return p.string("id");
  }

  private static String notification(String productId, String partyId, String destination) {
    return "{\"direction\":\"FROM_AUTHORITY\",\"article\":\"ART_5_1\",\"authority\":\"Douane"
        + " CDIU\",\"reference\":\"CDIU-"
        + UUID.randomUUID().toString().substring(0, 6)
        + "\",\"date\":\"2026-01-15\""
        + (productId == null ? "" : ",\"productId\":\"" + productId + "\"")
        + (partyId == null ? "" : ",\"partyId\":\"" + partyId + "\"")
        + (destination == null ? "" : ",\"destination\":\"" + destination + "\"")
        + "}";
  }

  private JsonObject create(String body) {
    Reply created = officer.post(PATH, body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  @Test
  void badInputNamesTheFieldAndChangesNothing() {
    long before = officer.get(PATH + "?size=1").json().getJsonNumber("total").longValue();
    Reply nothing =
        officer.post(
            PATH,
            "{\"direction\":\"TO_AUTHORITY\",\"article\":\"ART_5_1\",\"authority\":\"x\","
                + "\"reference\":\"r\",\"date\":\"2026-01-15\"}");
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.body()).contains("article").contains("productId");
    Reply unknownProduct =
        officer.post(PATH, notification(UUID.randomUUID().toString(), null, null));
    assertThat(unknownProduct.status()).isEqualTo(400);
    assertThat(unknownProduct.body()).contains("productId");
    Reply unknownParty = officer.post(PATH, notification(null, UUID.randomUUID().toString(), null));
    assertThat(unknownParty.status()).isEqualTo(400);
    assertThat(unknownParty.body()).contains("partyId");
    Reply badDate =
        officer.post(PATH, notification(null, null, "AE").replace("2026-01-15", "15/1"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("date");
    Reply badCountry = officer.post(PATH, notification(null, null, "ZZ"));
    assertThat(badCountry.status()).isEqualTo(400);
    assertThat(badCountry.body()).contains("destination");
    assertThat(officer.get(PATH + "?size=1").json().getJsonNumber("total").longValue())
        .isEqualTo(before);
  }

  @Test
  void theOutcomeIsRecordedOnceAndTheNotificationIsNeverDeleted() {
    String product = productId();
    JsonObject n = create(notification(product, null, "AE"));
    String id = n.getString("id");
    assertThat(n.getString("status")).isEqualTo("OPEN");
    assertThat(n.getString("articleLabel")).isEqualTo("Art. 5(1)");
    assertThat(officer.get(PATH + "?status=OPEN&size=200").body()).contains(id);

    Reply revised =
        officer.put(
            PATH + "/" + id,
            notification(product, null, "SA")
                .replace("}", ",\"version\":" + n.getJsonNumber("version") + "}"));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(revised.string("destination")).isEqualTo("SA");
    Reply stale =
        officer.put(
            PATH + "/" + id, notification(product, null, "QA").replace("}", ",\"version\":0}"));
    assertThat(stale.status()).isEqualTo(409);

    Reply noReference =
        officer.post(
            PATH + "/" + id + "/outcome",
            "{\"outcome\":\"LICENCE_REQUIRED\",\"answeredOn\":\"2026-02-01\"}");
    assertThat(noReference.status()).isEqualTo(400);
    assertThat(noReference.body()).contains("answerReference");
    Reply answered =
        officer.post(
            PATH + "/" + id + "/outcome",
            "{\"outcome\":\"LICENCE_REQUIRED\",\"answeredOn\":\"2026-02-01\","
                + "\"answerReference\":\"CDIU-A-77\"}");
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.string("status")).isEqualTo("LICENCE_REQUIRED");
    assertThat(answered.string("outcomeRecordedBy")).isEqualTo("officer@acme.test");
    Reply again =
        officer.post(
            PATH + "/" + id + "/outcome",
            "{\"outcome\":\"NO_LICENCE_REQUIRED\",\"answeredOn\":\"2026-02-02\","
                + "\"answerReference\":\"CDIU-A-78\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("Art. 27");
    Reply afterAnswer =
        officer.put(
            PATH + "/" + id,
            notification(product, null, "QA")
                .replace("}", ",\"version\":" + answered.json().getJsonNumber("version") + "}"));
    assertThat(afterAnswer.status()).isEqualTo(409);
    Reply deleted = officer.delete(PATH + "/" + id);
    assertThat(deleted.status()).isEqualTo(409);
    assertThat(deleted.body()).contains("Art. 27");
    assertThat(officer.get(PATH + "/" + id).string("status")).isEqualTo("LICENCE_REQUIRED");
    assertThat(officer.get("/api/v1/audit-events?recordId=" + id + "&size=50").body())
        .contains("CDIU-A-77");
  }

  @Test
  void documentsArePdfPngOrJpegUpToTenMegabytesAndComeBackWithTheirFingerprint() {
    String id = create(notification(null, null, "AE")).getString("id");
    String pdf = "%PDF-1.4\n% letter of the authority\n%%EOF\n";
    Reply stored =
        officer.upload(PATH + "/" + id + "/documents?filename=letter.pdf", "application/pdf", pdf);
    assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    assertThat(stored.string("sha256")).hasSize(64);
    assertThat(stored.string("filename")).isEqualTo("letter.pdf");

    Reply text = officer.upload(PATH + "/" + id + "/documents", "text/plain", "hello");
    assertThat(text.status()).isEqualTo(415);
    Reply disguised = officer.upload(PATH + "/" + id + "/documents", "image/png", pdf);
    assertThat(disguised.status()).isEqualTo(400);
    assertThat(disguised.body()).contains("body");
    String tooLarge = "%PDF-" + "x".repeat(10 * 1024 * 1024);
    Reply large = officer.upload(PATH + "/" + id + "/documents", "application/pdf", tooLarge);
    assertThat(large.status()).isEqualTo(413);

    var documents = officer.get(PATH + "/" + id + "/documents");
    assertThat(documents.status()).isEqualTo(200);
    assertThat(documents.parse().asJsonArray()).hasSize(1);
    Reply download = officer.get(PATH + "/" + id + "/documents/" + stored.string("id"));
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).startsWith("application/pdf");
    assertThat(download.body()).isEqualTo(pdf);
  }

  @Test
  void auditorsReadSalesSeeNothing() {
    String id = create(notification(null, null, "AE")).getString("id");
    Api auditor = Api.as("auditor@acme.test");
    assertThat(auditor.get(PATH + "/" + id).status()).isEqualTo(200);
    assertThat(auditor.post(PATH, notification(null, null, "AE")).status()).isEqualTo(403);
    Api sales = Api.as("sales@acme.test");
    assertThat(sales.get(PATH).status()).isEqualTo(403);
    assertThat(sales.get(PATH + "/" + id).status()).isEqualTo(403);
  }

  @Test
  void anotherTenantCanNeitherReadListChangeAnswerNorUseItsIds() {
    String product = productId();
    String id = create(notification(product, null, "AE")).getString("id");
    String doc =
        officer
            .upload(PATH + "/" + id + "/documents", "application/pdf", "%PDF-1.4 secret")
            .string("id");
    String none = "00000000-0000-0000-0000-000000000000";

    Reply read = otherTenant.get(PATH + "/" + id);
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.string("detail").replace(id, "ID"))
        .isEqualTo(otherTenant.get(PATH + "/" + none).string("detail").replace(none, "ID"));
    assertThat(Api.containsId(otherTenant.get(PATH + "?size=200").items(), id)).isFalse();
    assertThat(Api.containsId(otherTenant.get(PATH + "?status=OPEN&size=200").items(), id))
        .isFalse();
    assertThat(
            otherTenant
                .put(
                    PATH + "/" + id, notification(null, null, "DE").replace("}", ",\"version\":0}"))
                .status())
        .isEqualTo(404);
    assertThat(
            otherTenant
                .post(
                    PATH + "/" + id + "/outcome",
                    "{\"outcome\":\"WITHDRAWN\",\"answeredOn\":\"2026-02-01\","
                        + "\"answerReference\":\"x\"}")
                .status())
        .isEqualTo(404);
    assertThat(otherTenant.delete(PATH + "/" + id).status()).isEqualTo(404);
    assertThat(otherTenant.get(PATH + "/" + id + "/documents").status()).isEqualTo(404);
    assertThat(otherTenant.get(PATH + "/" + id + "/documents/" + doc).status()).isEqualTo(404);
    assertThat(
            otherTenant
                .upload(PATH + "/" + id + "/documents", "application/pdf", "%PDF-1.4 x")
                .status())
        .isEqualTo(404);
    // Its product is unknown to the other tenant, exactly like a missing one.
    Reply foreignProduct = otherTenant.post(PATH, notification(product, null, null));
    assertThat(foreignProduct.status()).isEqualTo(400);
    assertThat(foreignProduct.body()).contains("productId");
    // Untouched for its own tenant.
    assertThat(officer.get(PATH + "/" + id).string("status")).isEqualTo("OPEN");
    assertThat(officer.get(PATH + "/" + id + "/documents").parse().asJsonArray()).hasSize(1);
  }
}
