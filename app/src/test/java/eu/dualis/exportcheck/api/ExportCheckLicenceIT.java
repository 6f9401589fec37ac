package eu.dualis.exportcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.Exports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The licence register in the export check (Art. 12). Other tests of the acme tenant register
 * licences too (e.g. 5A002 to CN): these checks go to destinations no other test licenses.
 *
 * <p>The licence register in the export check (Art. 12): an EU001 registration covers its
 * destinations only; a limited individual licence covers what remains; a recorded shipment uses the
 * licence up. Globex's licences never cover acme's exports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportCheckLicenceIT {

  private static final String OFFICER = "officer@acme.test";
  private static final String REVIEWER = "reviewer@acme.test";
  private static final String USE = "Encrypting the archive of a logistics company";

  private final Api officer = Api.as(OFFICER);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String number(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String registerEu001(Api as) {
    String body =
        Json.createObjectBuilder()
            .add("kind", "EU001")
            .add("number", number("EU001"))
            .add("authority", "CDIU, Groningen")
            .add("holder", "Acme Optics B.V.")
            .add("status", "ACTIVE")
            .add("validFrom", LocalDate.now().minusDays(30).toString())
            .add("registeredOn", LocalDate.now().minusDays(30).toString())
            .add("reportingDuty", "Report first use within 30 days")
            .add("entryCodes", Json.createArrayBuilder())
            .add("destinations", Json.createArrayBuilder())
            .build()
            .toString();
    Reply reply = as.post("/api/v1/licences", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.string("id");
  }

  private static String individualLicence(Api as, String code, String destination, int quantity) {
    String body =
        Json.createObjectBuilder()
            .add("kind", "INDIVIDUAL")
            .add("number", number("NL"))
            .add("authority", "CDIU, Groningen")
            .add("holder", "Acme Optics B.V.")
            .add("status", "ACTIVE")
            .add("validFrom", LocalDate.now().minusDays(1).toString())
            .add("validTo", LocalDate.now().plusYears(1).toString())
            .add("entryCodes", Json.createArrayBuilder().add(code))
            .add("destinations", Json.createArrayBuilder().add(destination))
            .add("quantityLimit", quantity)
            .add("quantityUnit", "pcs")
            .build()
            .toString();
    Reply reply = as.post("/api/v1/licences", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.string("id");
  }

  private JsonObject check(String destination, String product, int quantity) {
    String endUser =
        Exports.party(OFFICER, "END_USER", "Kestrel Freight " + number("X"), destination);
    String body =
        Exports.request(destination, USE, endUser, product)
            .replace("\"quantity\":2", "\"quantity\":" + quantity);
    Reply reply = officer.post("/api/v1/export-checks", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private static JsonObject firstReason(JsonObject check) {
    return check.getJsonArray("lines").getJsonObject(0).getJsonArray("reasons").getJsonObject(0);
  }

  @Test
  void anEu001RegistrationReleasesAListedItemToItsDestinationsOnly() {
    registerEu001(officer);
    String product = Exports.listedProduct(OFFICER, REVIEWER, "5A002.a.1");

    JsonObject japan = check("JP", product, 2);
    JsonObject kazakhstan = check("KZ", product, 2);

    assertThat(japan.getString("determination")).as(japan.toString()).isEqualTo("RELEASE");
    JsonObject covered = firstReason(japan);
    assertThat(covered.getString("rule")).isEqualTo("COVERED_BY_AUTHORISATION");
    assertThat(covered.getString("article")).contains("EU001").contains("Art. 12");
    assertThat(covered.getString("message")).contains("5A002.a.1");
    assertThat(kazakhstan.getString("determination"))
        .as(kazakhstan.toString())
        .isEqualTo("LICENCE_REQUIRED");
    assertThat(firstReason(kazakhstan).getString("article")).isEqualTo("Art. 3(1)");
  }

  @Test
  void aLimitedLicenceCoversWhatRemainsAndAShipmentUsesItUp() {
    String product = Exports.listedProduct(OFFICER, REVIEWER, "5A002.a.1");
    String licence = individualLicence(officer, "5A002.a", "BR", 5);

    JsonObject tooMany = check("BR", product, 6);
    JsonObject released = check("BR", product, 4);

    assertThat(tooMany.getString("determination")).isEqualTo("LICENCE_REQUIRED");
    assertThat(released.getString("determination")).isEqualTo("RELEASE");
    String id = released.getString("id");
    Reply shipped =
        officer.post(
            "/api/v1/export-checks/" + id + "/shipment",
            "{\"shippedOn\":\"" + LocalDate.now() + "\"}");
    assertThat(shipped.status()).as(shipped.toString()).isEqualTo(201);
    assertThat(shipped.json().getJsonObject("shipment").getString("shippedOn"))
        .isEqualTo(LocalDate.now().toString());
    JsonObject after = officer.get("/api/v1/licences/" + licence).json();
    assertThat(after.getJsonNumber("remainingQuantity").intValue()).isEqualTo(1);
    assertThat(after.getJsonArray("usages").getJsonObject(0).getString("exportCheckId"))
        .isEqualTo(id);
    assertThat(
            officer
                .post(
                    "/api/v1/export-checks/" + id + "/shipment",
                    "{\"shippedOn\":\"" + LocalDate.now() + "\"}")
                .status())
        .as("a shipment is recorded once")
        .isEqualTo(409);

    JsonObject again = officer.post("/api/v1/export-checks/" + id + "/rerun", "").json();
    assertThat(again.getString("determination"))
        .as("4 more pieces no longer fit in what remains")
        .isEqualTo("LICENCE_REQUIRED");
  }

  @Test
  void onlyAReleasedCurrentCheckIsShippedAndAnotherTenantCannotShipIt() {
    String product = Exports.listedProduct(OFFICER, REVIEWER, "5A002.a.1");
    JsonObject licenceRequired = check("KZ", product, 1);
    String id = licenceRequired.getString("id");
    String today = "{\"shippedOn\":\"" + LocalDate.now() + "\"}";

    Reply refused = officer.post("/api/v1/export-checks/" + id + "/shipment", today);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("LICENCE_REQUIRED");
    assertThat(
            officer
                .post("/api/v1/export-checks/" + id + "/shipment", "{\"shippedOn\":\"soon\"}")
                .body())
        .contains("shippedOn");
    assertThat(
            Api.as("officer@globex.test")
                .post("/api/v1/export-checks/" + id + "/shipment", today)
                .status())
        .isEqualTo(404);
    assertThat(
            Api.as("sales@acme.test")
                .post("/api/v1/export-checks/" + id + "/shipment", today)
                .status())
        .isEqualTo(403);
  }

  @Test
  void anotherTenantsLicenceNeverCoversAnExport() {
    Api globex = Api.as("officer@globex.test");
    individualLicence(globex, "5A002", "AR", 100);
    String product = Exports.listedProduct(OFFICER, REVIEWER, "5A002.a.1");

    assertThat(check("AR", product, 1).getString("determination")).isEqualTo("LICENCE_REQUIRED");
  }
}
