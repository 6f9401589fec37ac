package eu.dualis.exportcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.Exports;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Export checks through the API: each determination with its article, re-runs, isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportCheckApiIT {

  private static final String OFFICER = "officer@acme.test";
  private static final String REVIEWER = "reviewer@acme.test";
  private static final String CIVIL_USE = "Encrypting backups of a hospital's patient records";

  private final Api officer = Api.as(OFFICER);
  private final Api globex = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String endUser(String country) {
    return Exports.party(
        OFFICER,
        "END_USER",
        "Tulpenveld Medisch " + UUID.randomUUID().toString().substring(0, 4),
        country);
  }

  private Reply check(String body) {
    Reply reply = officer.post("/api/v1/export-checks", body);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply;
  }

  private static JsonObject reason(JsonObject line, int i) {
    return line.getJsonArray("reasons").getJsonObject(i);
  }

  @Test
  void aListedItemLeavingTheUnionNeedsALicenceUnderArt3AndTheCheckIsRecordedWithItsVersions() {
    String product = Exports.listedProduct(OFFICER, REVIEWER, "5A002.a.1");

    JsonObject result = check(Exports.request("KZ", CIVIL_USE, endUser("KZ"), product)).json();

    assertThat(result.getString("determination"))
        .as(result.toString())
        .isEqualTo("LICENCE_REQUIRED");
    JsonObject line = result.getJsonArray("lines").getJsonObject(0);
    assertThat(line.getString("determination")).isEqualTo("LICENCE_REQUIRED");
    JsonObject reason = reason(line, 0);
    assertThat(reason.getString("rule")).isEqualTo("LISTED_ITEM_LICENCE_REQUIRED");
    assertThat(reason.getString("article")).isEqualTo("Art. 3(1)");
    assertThat(reason.getString("message")).contains("5A002.a.1").contains("KZ");
    JsonObject versions = result.getJsonObject("versionsUsed");
    assertThat(versions.getJsonArray("classifications")).hasSize(1);
    assertThat(versions.getJsonArray("sanctionsLists")).isNotEmpty();
    assertThat(versions.getString("embargoTableAsOf")).isNotBlank();

    JsonObject read = officer.get("/api/v1/export-checks/" + result.getString("id")).json();
    assertThat(read.getString("determination")).isEqualTo("LICENCE_REQUIRED");
    assertThat(read.getBoolean("current")).isTrue();
    assertThat(
            Api.as("auditor@acme.test")
                .get("/api/v1/export-checks/" + result.getString("id"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void theSameListedItemWithinTheUnionIsReleased() {
    String product = Exports.listedProduct(OFFICER, REVIEWER, "5A002.a.1");

    JsonObject result = check(Exports.request("FR", CIVIL_USE, endUser("FR"), product)).json();

    assertThat(result.getString("determination")).isEqualTo("RELEASE");
    assertThat(reason(result.getJsonArray("lines").getJsonObject(0), 0).getString("rule"))
        .isEqualTo("INTRA_EU_TRANSFER");
  }

  @Test
  void aNonListedCyberSurveillanceItemAndPoliceEndUseNeedDueDiligenceUnderArt5() {
    String product = Exports.notListedProduct(OFFICER, REVIEWER, true);

    JsonObject result =
        check(
                Exports.request(
                    "KW", "Crowd analytics for the municipal police", endUser("KW"), product))
            .json();

    assertThat(result.getString("determination"))
        .as(result.toString())
        .isEqualTo("DUE_DILIGENCE_REQUIRED");
    JsonObject line = result.getJsonArray("lines").getJsonObject(0);
    assertThat(line.getJsonArray("reasons").getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("rule") + " " + r.getString("article"))
        .containsExactly(
            "NOT_LISTED Annex I",
            "CYBER_SURVEILLANCE_ITEM Art. 5(1), Art. 5(2)",
            "END_USE_WORDING Art. 5(1)");
  }

  @Test
  void aNotListedItemWithoutRedFlagsIsReleasedAndAnUnclassifiedOneHeld() {
    String plain = Exports.notListedProduct(OFFICER, REVIEWER, false);
    String unknown = Exports.unclassifiedProduct(OFFICER);

    JsonObject result =
        check(Exports.request("BR", CIVIL_USE, endUser("BR"), plain, unknown)).json();

    assertThat(result.getJsonArray("lines").getValuesAs(JsonObject.class))
        .extracting(l -> l.getString("determination"))
        .containsExactly("RELEASE", "HOLD");
    assertThat(result.getString("determination")).as("the strictest line").isEqualTo("HOLD");
    assertThat(reason(result.getJsonArray("lines").getJsonObject(1), 0).getString("article"))
        .isEqualTo("Art. 3(1), Annex I");
  }

  @Test
  void aPartyWithAnOpenPotentialMatchHoldsTheExport() {
    String product = Exports.notListedProduct(OFFICER, REVIEWER, false);
    String listed = Exports.party(OFFICER, "END_USER", "Germain Katanga", "CD");

    JsonObject result = check(Exports.request("CD", CIVIL_USE, listed, product)).json();

    assertThat(result.getString("determination")).isEqualTo("HOLD");
    JsonObject reason =
        result.getJsonArray("exportReasons").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("rule").equals("PARTY_POTENTIAL_MATCH"))
            .findFirst()
            .orElseThrow();
    assertThat(reason.getString("message")).contains("Germain Katanga").contains("end user");
  }

  @Test
  void aDestinationUnderAnEuDualUseBanIsHeldNamingTheRegime() {
    String product = Exports.notListedProduct(OFFICER, REVIEWER, false);

    JsonObject result = check(Exports.request("RU", CIVIL_USE, endUser("RU"), product)).json();

    assertThat(result.getString("determination")).isEqualTo("HOLD");
    assertThat(result.getJsonArray("exportReasons").getValuesAs(JsonObject.class))
        .anySatisfy(
            r -> {
              assertThat(r.getString("rule")).isEqualTo("EMBARGOED_DESTINATION");
              assertThat(r.getString("article")).contains("833/2014");
              assertThat(r.getString("effect")).isEqualTo("HOLD");
            });
  }

  @Test
  void anOpenCatchAllNotificationHoldsTheExportUntilTheAuthorityAnswers() {
    String product = Exports.notListedProduct(OFFICER, REVIEWER, false);
    String party = endUser("BR");
    Reply notified =
        officer.post(
            "/api/v1/catch-all-notifications",
            "{\"direction\":\"FROM_AUTHORITY\",\"article\":\"ART_4_1_A\",\"authority\":\"CDIU\","
                + "\"reference\":\"CDIU-"
                + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"date\":\"2026-11-01\",\"productId\":\""
                + product
                + "\"}");
    assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
    String notification = notified.string("id");

    JsonObject held = check(Exports.request("BR", CIVIL_USE, party, product)).json();

    assertThat(held.getString("determination")).isEqualTo("HOLD");
    JsonObject reason = reason(held.getJsonArray("lines").getJsonObject(0), 1);
    assertThat(reason.getString("rule")).isEqualTo("OPEN_CATCH_ALL_NOTIFICATION");
    assertThat(reason.getString("article")).isEqualTo("Art. 4(1)(a)");

    Reply answered =
        officer.post(
            "/api/v1/catch-all-notifications/" + notification + "/outcome",
            "{\"outcome\":\"LICENCE_REQUIRED\",\"answeredOn\":\"2026-11-20\","
                + "\"answerReference\":\"CDIU-2026-LR-1\"}");
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    JsonObject again =
        officer.post("/api/v1/export-checks/" + held.getString("id") + "/rerun", "").json();
    assertThat(again.getString("determination")).isEqualTo("LICENCE_REQUIRED");
    assertThat(reason(again.getJsonArray("lines").getJsonObject(0), 1).getString("rule"))
        .isEqualTo("AUTHORITY_REQUIRES_LICENCE");
  }

  @Test
  void aRerunIsANewCheckAndTheOldResultStays() {
    String product = Exports.listedProduct(OFFICER, REVIEWER, "5A002.a.1");
    JsonObject first = check(Exports.request("CN", CIVIL_USE, endUser("CN"), product)).json();
    String firstId = first.getString("id");

    Reply rerun = Api.as("sales@acme.test").post("/api/v1/export-checks/" + firstId + "/rerun", "");

    assertThat(rerun.status()).as(rerun.toString()).isEqualTo(201);
    JsonObject second = rerun.json();
    assertThat(second.getString("id")).isNotEqualTo(firstId);
    assertThat(second.getString("rerunOf")).isEqualTo(firstId);
    assertThat(second.getString("lineageId")).isEqualTo(firstId);
    assertThat(second.getString("reference")).isEqualTo(first.getString("reference"));
    JsonObject old = officer.get("/api/v1/export-checks/" + firstId).json();
    assertThat(old.getString("checkedAt")).isEqualTo(first.getString("checkedAt"));
    assertThat(old.getBoolean("current")).isFalse();
    assertThat(officer.post("/api/v1/export-checks/" + firstId + "/rerun", "").status())
        .as("only the newest check of an export is re-run")
        .isEqualTo(409);
    assertThat(officer.get("/api/v1/export-checks/" + firstId + "/history").body())
        .contains(firstId)
        .contains(second.getString("id"));
    var latest =
        officer.get("/api/v1/export-checks?latest=true&q=" + first.getString("reference")).items();
    assertThat(latest).hasSize(1);
    assertThat(latest.getJsonObject(0).getString("id")).isEqualTo(second.getString("id"));
  }

  @Test
  void badInputNamesEachFieldAndRecordsNothing() {
    String reference = "BAD-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        "{\"reference\":\""
            + reference
            + "\",\"destination\":\"XX\",\"endUse\":\"\",\"lines\":[{\"productId\":\"nope\","
            + "\"quantity\":0}],\"parties\":[]}";

    Reply reply = officer.post("/api/v1/export-checks", body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body())
        .contains("destination")
        .contains("endUse")
        .contains("lines[0].productId")
        .contains("lines[0].quantity")
        .contains("lines[0].value")
        .contains("END_USER");
    assertThat(
            officer
                .post("/api/v1/export-checks", "{\"reference\":\"x\",\"concerns\":[\"NOPE\"]}")
                .body())
        .contains("concerns[0]");
    assertThat(officer.get("/api/v1/export-checks?q=" + reference).json().getInt("total")).isZero();
  }

  @Test
  void anotherTenantNeitherReadsListsFindsNorReRunsAChecksAndCannotUseItsRecords() {
    String product = Exports.listedProduct(OFFICER, REVIEWER, "5A002.a.1");
    String party = endUser("CN");
    JsonObject check = check(Exports.request("CN", CIVIL_USE, party, product)).json();
    String id = check.getString("id");

    assertThat(globex.get("/api/v1/export-checks/" + id).status()).isEqualTo(404);
    assertThat(globex.get("/api/v1/export-checks/" + id + "/history").status()).isEqualTo(404);
    assertThat(globex.post("/api/v1/export-checks/" + id + "/rerun", "").status()).isEqualTo(404);
    assertThat(globex.get("/api/v1/export-checks/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(Api.containsId(globex.get("/api/v1/export-checks?size=100").items(), id)).isFalse();
    assertThat(
            globex
                .get("/api/v1/export-checks?q=" + check.getString("reference"))
                .json()
                .getInt("total"))
        .isZero();
    Reply borrowed =
        globex.post("/api/v1/export-checks", Exports.request("CN", CIVIL_USE, party, product));
    assertThat(borrowed.status()).isEqualTo(400);
    assertThat(borrowed.body()).contains("no such product").contains("no such party");
    assertThat(officer.get("/api/v1/export-checks/" + id + "/history").status()).isEqualTo(200);
  }

  @Test
  void auditorsReadButDoNotCheck() {
    String product = Exports.notListedProduct(OFFICER, REVIEWER, false);
    Reply reply =
        Api.as("auditor@acme.test")
            .post(
                "/api/v1/export-checks", Exports.request("BR", CIVIL_USE, endUser("BR"), product));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(Api.as("auditor@acme.test").get("/api/v1/export-checks").status()).isEqualTo(200);
  }
}
