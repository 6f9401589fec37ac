package eu.dualis.licensing.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The licence register through the API: create, read, revise with the version, refused deletion
 * (Art. 27), field-named 400s, usage and what remains, roles, and another tenant that can neither
 * see nor touch any of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicenceApiIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private final Api officer = Api.as("officer@acme.test");
  private final Api sales = Api.as("sales@acme.test");
  private final Api otherTenant = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  static String number() {
    return "NL-IT-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String licence(
      String number,
      LocalDate from,
      LocalDate to,
      List<String> codes,
      List<String> countries,
      String quantityLimit,
      String valueLimit) {
    JsonArrayBuilder c = Json.createArrayBuilder();
    codes.forEach(c::add);
    JsonArrayBuilder d = Json.createArrayBuilder();
    countries.forEach(d::add);
    var b =
        Json.createObjectBuilder()
            .add("kind", "INDIVIDUAL")
            .add("number", number)
            .add("authority", "CDIU, Groningen")
            .add("holder", "Acme Optics B.V.")
            .add("validFrom", from.toString())
            .add("validTo", to.toString())
            .add("entryCodes", c)
            .add("destinations", d)
            .add("conditions", "End user only: Shanghai Optics Institute");
    if (quantityLimit != null) {
      b.add("quantityLimit", Json.createValue(new java.math.BigDecimal(quantityLimit)))
          .add("quantityUnit", "pcs");
    }
    if (valueLimit != null) {
      b.add("valueLimit", Json.createValue(new java.math.BigDecimal(valueLimit)));
    }
    return b.build().toString();
  }

  private JsonObject create(String number, String quantityLimit, String valueLimit) {
    Reply reply =
        officer.post(
            "/api/v1/licences",
            licence(
                number,
                TODAY.minusDays(10),
                TODAY.plusDays(200),
                List.of("6A003.b"),
                List.of("CN", "IN"),
                quantityLimit,
                valueLimit));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  @Test
  void aLicenceIsCreatedReadRevisedWithItsVersionAndNeverDeleted() {
    String number = number();
    JsonObject created = create(number, null, null);
    String id = created.getString("id");
    assertThat(created.getString("status")).isEqualTo("ACTIVE");
    assertThat(created.getJsonArray("entryCodes").getString(0)).isEqualTo("6A003.b");
    assertThat(created.getString("legalBasis")).contains("Art. 12(1)(a)");
    assertThat(created.getInt("daysLeft")).isEqualTo(200);

    JsonObject read = officer.get("/api/v1/licences/" + id).json();
    assertThat(read.getString("number")).isEqualTo(number);
    assertThat(read.getJsonArray("usages")).isEmpty();
    assertThat(sales.get("/api/v1/licences/" + id).status()).isEqualTo(200);
    assertThat(officer.get("/api/v1/licences?q=" + number).items()).hasSize(1);

    String revised =
        Json.createObjectBuilder(
                Json.createReader(
                        new java.io.StringReader(
                            licence(
                                number,
                                TODAY.minusDays(10),
                                TODAY.plusDays(20),
                                List.of("6A003.b"),
                                List.of("CN"),
                                null,
                                null)))
                    .readObject())
            .add("status", "SUSPENDED")
            .add("version", read.getJsonNumber("version").longValue())
            .build()
            .toString();
    Reply put = officer.put("/api/v1/licences/" + id, revised);
    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(put.string("status")).isEqualTo("SUSPENDED");
    assertThat(put.json().getJsonArray("destinations")).hasSize(1);
    Reply stale = officer.put("/api/v1/licences/" + id, revised);
    assertThat(stale.status()).isEqualTo(409);

    Reply duplicate =
        officer.post(
            "/api/v1/licences",
            licence(number, TODAY, TODAY.plusDays(5), List.of("6A003"), List.of("CN"), null, null));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.body()).contains("number");

    Reply delete = officer.delete("/api/v1/licences/" + id);
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.body()).contains("Art. 27");
    assertThat(officer.get("/api/v1/licences/" + id).status()).isEqualTo(200);

    assertThat(
            sales
                .post(
                    "/api/v1/licences",
                    licence(
                        number(),
                        TODAY,
                        TODAY.plusDays(5),
                        List.of("6A003"),
                        List.of("CN"),
                        null,
                        null))
                .status())
        .isEqualTo(403);
  }

  @Test
  void badInputIsRefusedNamingEachFieldAndNothingIsStored() {
    String number = number();
    Reply bad =
        officer.post(
            "/api/v1/licences",
            licence(
                number,
                TODAY.plusDays(10),
                TODAY,
                List.of("5A00", "5A002"),
                List.of("US", "XX"),
                "-1",
                "-100"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.isProblem()).isTrue();
    assertThat(bad.body())
        .contains("\"validTo\"")
        .contains("\"entryCodes\"")
        .contains("5A00")
        .contains("\"destinations\"")
        .contains("XX")
        .contains("\"quantityLimit\"")
        .contains("\"valueLimit\"");
    Reply badDate =
        officer.post(
            "/api/v1/licences",
            licence(number, TODAY, TODAY, List.of("5A002"), List.of("US"), null, null)
                .replace(TODAY.toString(), "31-12-2026"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("validFrom");
    assertThat(officer.get("/api/v1/licences?q=" + number).json().getInt("total")).isZero();
    assertThat(officer.get("/api/v1/licences?kind=NOPE").body()).contains("kind");
  }

  @Test
  void usageIsRecordedAndReducesWhatRemainsButNeverBeyondIt() {
    JsonObject licence = create(number(), "100", "10000");
    String id = licence.getString("id");
    String usage =
        "{\"exportReference\":\"EXP-1\",\"entryCode\":\"6A003.b.4\",\"shippedOn\":\""
            + TODAY
            + "\",\"quantity\":30,\"value\":2000}";
    Reply recorded = officer.post("/api/v1/licences/" + id + "/usages", usage);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertThat(recorded.string("recordedBy")).isEqualTo("officer@acme.test");

    JsonObject read = officer.get("/api/v1/licences/" + id).json();
    assertThat(read.getJsonNumber("remainingQuantity").intValue()).isEqualTo(70);
    assertThat(read.getJsonNumber("remainingValue").intValue()).isEqualTo(8000);
    assertThat(read.getJsonArray("usages")).hasSize(1);

    Reply tooMany =
        officer.post("/api/v1/licences/" + id + "/usages", usage.replace(":30,", ":71,"));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.body()).contains("quantity").contains("remaining quantity 70");
    Reply otherEntry =
        officer.post("/api/v1/licences/" + id + "/usages", usage.replace("6A003.b.4", "5A002"));
    assertThat(otherEntry.status()).isEqualTo(400);
    assertThat(otherEntry.body()).contains("entryCode");
    Reply noReference =
        officer.post("/api/v1/licences/" + id + "/usages", usage.replace("EXP-1", " "));
    assertThat(noReference.body()).contains("exportReference");
    assertThat(officer.get("/api/v1/licences/" + id + "/usages").parse().asJsonArray()).hasSize(1);
    assertThat(sales.post("/api/v1/licences/" + id + "/usages", usage).status()).isEqualTo(403);
  }

  @Test
  void theRegisterFiltersByExpiryKindAndStatus() {
    String number = number();
    Reply soon =
        officer.post(
            "/api/v1/licences",
            licence(
                number,
                TODAY.minusDays(100),
                TODAY.plusDays(20),
                List.of("3A001"),
                List.of("US"),
                null,
                null));
    assertThat(soon.status()).isEqualTo(201);
    assertThat(officer.get("/api/v1/licences?expiringWithinDays=30&q=" + number).items())
        .hasSize(1);
    assertThat(officer.get("/api/v1/licences?expiringWithinDays=10&q=" + number).items()).isEmpty();
    assertThat(officer.get("/api/v1/licences?status=ACTIVE&kind=INDIVIDUAL&q=" + number).items())
        .hasSize(1);
    assertThat(officer.get("/api/v1/licences?status=EXPIRED&q=" + number).items()).isEmpty();
  }

  @Test
  void anotherTenantCanNeitherSeeNorTouchTheLicence() {
    String number = number();
    JsonObject licence = create(number, "10", null);
    String id = licence.getString("id");
    String path = "/api/v1/licences/" + id;
    assertThat(otherTenant.get(path).status()).isEqualTo(404);
    String missing = UUID.randomUUID().toString();
    assertThat(otherTenant.get(path).body().replace(id, "ID"))
        .isEqualTo(otherTenant.get("/api/v1/licences/" + missing).body().replace(missing, "ID"))
        .doesNotContain(number);
    assertThat(otherTenant.get("/api/v1/licences?q=" + number).json().getInt("total")).isZero();
    assertThat(otherTenant.get("/api/v1/licences").body()).doesNotContain(id);
    String revised =
        Json.createObjectBuilder(licence)
            .add("version", 0)
            .add("holder", "Globex")
            .build()
            .toString();
    assertThat(otherTenant.put(path, revised).status()).isEqualTo(404);
    assertThat(otherTenant.delete(path).status()).isEqualTo(404);
    assertThat(otherTenant.get(path + "/usages").status()).isEqualTo(404);
    Reply usage =
        otherTenant.post(
            path + "/usages",
            "{\"exportReference\":\"G-1\",\"entryCode\":\"6A003.b\",\"shippedOn\":\""
                + TODAY
                + "\",\"quantity\":1}");
    assertThat(usage.status()).isEqualTo(404);
    JsonObject after = officer.get(path).json();
    assertThat(after.getString("holder")).isEqualTo("Acme Optics B.V.");
    assertThat(after.getJsonArray("usages")).isEmpty();
    // A globex licence with the same number is its own.
    Reply own =
        otherTenant.post(
            "/api/v1/licences",
            licence(number, TODAY, TODAY.plusDays(5), List.of("6A003"), List.of("CN"), null, null));
    assertThat(own.status()).as(own.toString()).isEqualTo(201);
    assertThat(officer.get("/api/v1/licences?q=" + number).items()).hasSize(1);
  }
}
