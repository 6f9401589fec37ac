package eu.dualis.licensing.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * The expiry watch raises EXPIRY_30 for a licence ending in 20 days, once, however often it runs;
 * the alert is the tenant's own, and an officer acknowledges it once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicenceExpiryJobIT {

  private static final String JOB = "licence-expiry-watch";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private final Api platform = Api.as("platform@dualis.test");
  private final Api acme = Api.as("officer@acme.test");
  private final Api globex = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void aLicenceEndingIn20DaysGetsOneExpiry30AlertThatItsTenantAcknowledges()
      throws InterruptedException {
    String number = "NL-EXP-" + UUID.randomUUID().toString().substring(0, 8);
    Reply created =
        acme.post(
            "/api/v1/licences",
            "{\"kind\":\"GLOBAL\",\"number\":\""
                + number
                + "\",\"authority\":\"CDIU\","
                + "\"holder\":\"Acme\",\"validFrom\":\""
                + TODAY.minusDays(300)
                + "\",\"validTo\":\""
                + TODAY.plusDays(20)
                + "\",\"entryCodes\":[\"5A002\"],\"destinations\":[\"CN\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.string("id");

    JsonObject first = triggerAndAwait();
    assertThat(first.getString("outcome")).as(first.toString()).isEqualTo("SUCCEEDED");
    assertThat(first.getInt("done")).isEqualTo(first.getInt("total")).isPositive();
    assertThat(first.getString("message")).contains("licence alert(s) raised");
    assertThat(kinds(id)).containsExactly("EXPIRY_30");

    JsonObject second = triggerAndAwait();
    assertThat(second.getString("outcome")).isEqualTo("SUCCEEDED");
    assertThat(kinds(id)).containsExactly("EXPIRY_30");

    var open = acme.get("/api/v1/licences/alerts").parse().asJsonArray();
    JsonObject alert =
        open.stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("licenceId").equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(alert.getString("number")).isEqualTo(number);
    assertThat(alert.getString("alertKind")).isEqualTo("EXPIRY_30");
    String alertId = alert.getString("id");

    assertThat(globex.get("/api/v1/licences/alerts").body()).doesNotContain(alertId);
    Reply foreign = globex.post("/api/v1/licences/alerts/" + alertId + "/acknowledgement", null);
    assertThat(foreign.status()).isEqualTo(404);

    Reply ack = acme.post("/api/v1/licences/alerts/" + alertId + "/acknowledgement", null);
    assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
    assertThat(acme.post("/api/v1/licences/alerts/" + alertId + "/acknowledgement", null).status())
        .isEqualTo(409);
    assertThat(acme.get("/api/v1/licences/alerts").body()).doesNotContain(alertId);
    JsonObject read = acme.get("/api/v1/licences/" + id).json();
    assertThat(read.getJsonArray("alerts").getJsonObject(0).getString("acknowledgedBy"))
        .isEqualTo("officer@acme.test");

    assertThat(acme.post("/api/v1/job-runs/" + JOB, null).status()).isEqualTo(403);
  }

  private List<String> kinds(String licenceId) {
    return acme.get("/api/v1/licences/" + licenceId).json().getJsonArray("alerts").stream()
        .map(a -> a.asJsonObject().getString("alertKind"))
        .toList();
  }

  private long total() {
    return platform
        .get("/api/v1/job-runs?jobName=" + JOB)
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  private JsonObject triggerAndAwait() throws InterruptedException {
    long before = total();
    Reply triggered = platform.post("/api/v1/job-runs/" + JOB, null);
    assertThat(triggered.status()).as(triggered.toString()).isEqualTo(202);
    long deadline = System.currentTimeMillis() + 90_000;
    while (System.currentTimeMillis() < deadline) {
      JsonObject runs = platform.get("/api/v1/job-runs?jobName=" + JOB).json();
      if (runs.getJsonNumber("total").longValue() > before) {
        JsonObject newest = runs.getJsonArray("items").getJsonObject(0);
        if (!"RUNNING".equals(newest.getString("outcome"))) {
          return newest;
        }
      }
      Thread.sleep(500);
    }
    return fail("Job " + JOB + " did not finish within 90 s");
  }
}
