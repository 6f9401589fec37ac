package eu.dualis.training.jobs;

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
 * The reminder job raises DUE_30 for a required training ending in 20 days and OVERDUE for a failed
 * one, each once however often it runs; the tenant's own officer acknowledges them, once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingReminderJobIT {

  private static final String JOB = "training-reminders";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private final Api platform = Api.as("platform@dualis.test");
  private final Api acme = Api.as("officer@acme.test");
  private final Api globex = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private String created(String path, String json) {
    Reply r = acme.post(path, json);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  private String record(String trainee, String course, LocalDate on, String result) {
    return created(
        "/api/v1/training-records",
        "{\"traineeId\":\""
            + trainee
            + "\",\"courseId\":\""
            + course
            + "\",\"completedOn\":\""
            + on
            + "\",\"result\":\""
            + result
            + "\"}");
  }

  @Test
  void remindersAreRaisedOnceAndAcknowledgedByTheirTenant() throws InterruptedException {
    String u = UUID.randomUUID().toString().substring(0, 8);
    String role = "reminder role " + u;
    String course =
        created(
            "/api/v1/courses",
            "{\"title\":\"Refresher "
                + u
                + "\",\"kind\":\"REFRESHER\",\"validityMonths\":12,\"owner\":\"ECO\"}");
    created(
        "/api/v1/course-requirements",
        "{\"role\":\"" + role + "\",\"courseId\":\"" + course + "\"}");
    String ann =
        created(
            "/api/v1/trainees",
            "{\"name\":\"Ann\",\"email\":\"ann-r-" + u + "@acme.test\",\"role\":\"" + role + "\"}");
    String bob =
        created(
            "/api/v1/trainees",
            "{\"name\":\"Bob\",\"email\":\"bob-r-" + u + "@acme.test\",\"role\":\"" + role + "\"}");
    // Expires in 20 days: due in 30.
    String ending = record(ann, course, TODAY.minusMonths(12).plusDays(20), "PASSED");
    String failed = record(bob, course, TODAY.minusDays(1), "FAILED");

    JsonObject first = triggerAndAwait();
    assertThat(first.getString("outcome")).as(first.toString()).isEqualTo("SUCCEEDED");
    assertThat(first.getString("message")).contains("training reminder(s) raised");
    assertThat(kinds(ending)).containsExactly("DUE_30");
    assertThat(kinds(failed)).containsExactly("OVERDUE");

    JsonObject second = triggerAndAwait();
    assertThat(second.getString("outcome")).isEqualTo("SUCCEEDED");
    assertThat(kinds(ending)).containsExactly("DUE_30");
    assertThat(kinds(failed)).containsExactly("OVERDUE");

    String reminder = reminderOf(ending).getString("id");
    assertThat(reminderOf(ending).getJsonObject("record").getString("traineeName"))
        .isEqualTo("Ann");
    assertThat(globex.get("/api/v1/training-reminders").body())
        .doesNotContain(reminder)
        .doesNotContain(u);
    assertThat(
            globex
                .post("/api/v1/training-reminders/" + reminder + "/acknowledgement", null)
                .status())
        .isEqualTo(404);
    Reply ack = acme.post("/api/v1/training-reminders/" + reminder + "/acknowledgement", null);
    assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
    assertThat(ack.json().getString("acknowledgedBy")).isEqualTo("officer@acme.test");
    assertThat(
            acme.post("/api/v1/training-reminders/" + reminder + "/acknowledgement", null).status())
        .isEqualTo(409);
    assertThat(kinds(ending)).isEmpty();

    triggerAndAwait();
    assertThat(kinds(ending)).as("acknowledged, not raised again").isEmpty();
    assertThat(acme.post("/api/v1/job-runs/" + JOB, null).status()).isEqualTo(403);
  }

  private List<JsonObject> open() {
    return acme.get("/api/v1/training-reminders").parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private JsonObject reminderOf(String recordId) {
    return open().stream()
        .filter(r -> r.getJsonObject("record").getString("id").equals(recordId))
        .findFirst()
        .orElseThrow();
  }

  private List<String> kinds(String recordId) {
    return open().stream()
        .filter(r -> r.getJsonObject("record").getString("id").equals(recordId))
        .map(r -> r.getString("kind"))
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
