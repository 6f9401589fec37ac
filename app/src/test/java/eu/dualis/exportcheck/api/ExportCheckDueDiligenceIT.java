package eu.dualis.exportcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.DueDiligenceFiles;
import eu.dualis.testing.Exports;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Oman as the destination: other tests of the acme tenant record catch-all notifications for a
 * whole destination (AE), which would hold these exports too.
 *
 * <p>Due diligence settles what the check asked for (Recommendation (EU) 2024/2659): an approved
 * file that proceeds releases; one that must notify the authority opens an Art. 5(2) notification
 * that holds the export until the authority answers; another tenant's file never counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportCheckDueDiligenceIT {

  private static final String OFFICER = "officer@acme.test";
  private static final String REVIEWER = "reviewer@acme.test";
  private static final String USE = "Counting visitors in shopping malls";

  private final Api officer = Api.as(OFFICER);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String endUser() {
    return Exports.party(
        OFFICER,
        "END_USER",
        "Lantern Retail " + UUID.randomUUID().toString().substring(0, 6),
        "OM");
  }

  private JsonObject check(String endUser, String product) {
    var reply = officer.post("/api/v1/export-checks", Exports.request("OM", USE, endUser, product));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private JsonObject rerun(JsonObject check) {
    var reply = officer.post("/api/v1/export-checks/" + check.getString("id") + "/rerun", "");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private static String rules(JsonObject check) {
    return check
        .getJsonArray("lines")
        .getJsonObject(0)
        .getJsonArray("reasons")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(r -> r.getString("rule") + "=" + r.getString("effect"))
        .toList()
        .toString();
  }

  @Test
  void anApprovedFileThatProceedsReleasesTheExport() {
    String product = Exports.notListedProduct(OFFICER, REVIEWER, true);
    String endUser = endUser();
    JsonObject first = check(endUser, product);
    assertThat(first.getString("determination")).isEqualTo("DUE_DILIGENCE_REQUIRED");

    String file =
        DueDiligenceFiles.approved(
            OFFICER, REVIEWER, first.getString("id"), endUser, product, "OM", "PROCEED");
    JsonObject second = rerun(first);

    assertThat(second.getString("determination")).isEqualTo("RELEASE");
    assertThat(rules(second))
        .contains("CYBER_SURVEILLANCE_ITEM=RELEASE")
        .contains("DUE_DILIGENCE_PROCEED=RELEASE");
    assertThat(second.toString()).contains(file);
  }

  @Test
  void aFileThatMustNotifyHoldsUnderArt52UntilTheAuthorityAnswers() {
    String product = Exports.notListedProduct(OFFICER, REVIEWER, true);
    String endUser = endUser();
    JsonObject first = check(endUser, product);

    String file =
        DueDiligenceFiles.approved(
            OFFICER, REVIEWER, first.getString("id"), endUser, product, "OM", "NOTIFY_AUTHORITY");
    JsonObject held = rerun(first);

    assertThat(held.getString("determination")).isEqualTo("HOLD");
    assertThat(rules(held))
        .contains("DUE_DILIGENCE_NOTIFY=HOLD")
        .contains("OPEN_CATCH_ALL_NOTIFICATION=HOLD");
    JsonObject notification =
        officer
            .get("/api/v1/catch-all-notifications?status=OPEN&size=200")
            .items()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(n -> file.equals(n.getString("dueDiligenceFileId", null)))
            .findFirst()
            .orElseThrow();
    assertThat(notification.getString("article")).isEqualTo("ART_5_2");

    var answered =
        officer.post(
            "/api/v1/catch-all-notifications/" + notification.getString("id") + "/outcome",
            "{\"outcome\":\"NO_LICENCE_REQUIRED\",\"answeredOn\":\""
                + LocalDate.now(ZoneOffset.UTC)
                + "\",\"answerReference\":\"CDIU-2026-NL-7\"}");
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    JsonObject released = rerun(held);

    assertThat(released.getString("determination")).isEqualTo("RELEASE");
    assertThat(rules(released)).contains("AUTHORITY_NO_LICENCE_REQUIRED=RELEASE");
  }

  @Test
  void anotherTenantsFileNeverSettlesAnExport() {
    String product = Exports.notListedProduct(OFFICER, REVIEWER, true);
    String endUser = endUser();
    JsonObject first = check(endUser, product);

    var borrowed =
        Api.as("officer@globex.test")
            .post(
                "/api/v1/due-diligence",
                "{\"endUserPartyId\":\""
                    + endUser
                    + "\",\"productIds\":[\""
                    + product
                    + "\"],"
                    + "\"destination\":\"OM\"}");

    assertThat(borrowed.status())
        .as("acme's party and product are unknown to globex")
        .isEqualTo(400);
    assertThat(rerun(first).getString("determination")).isEqualTo("DUE_DILIGENCE_REQUIRED");
  }
}
