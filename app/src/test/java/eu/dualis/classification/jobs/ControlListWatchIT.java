package eu.dualis.classification.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.ControlLists;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The control list watch on the real server: a CSV put into the drop folder (failsafe sets
 * CONTROL_LIST_DROP_FOLDER for the server) is imported when a platform admin triggers the job, the
 * run is recorded with its outcome, and a second run finds the file already imported.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlListWatchIT {

  private static final String RUNS = "/api/v1/job-runs?jobName=control-list-watch";
  private static final String TRIGGER = "/api/v1/job-runs/control-list-watch";

  private final Api platform = Api.as("platform@dualis.test");
  private final Api officer = Api.as("officer@acme.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void importsANewFileOnceAndRecordsEachRun() throws Exception {
    Path drop = Path.of(System.getenv("CONTROL_LIST_DROP_FOLDER"));
    emptied(drop);
    String sourceId = "watch-" + UUID.randomUUID().toString().substring(0, 8);
    Files.writeString(
        drop.resolve(sourceId + ".csv"),
        ControlLists.V1.replace("as follows:", "as follows (" + sourceId + "):"));

    JsonObject first = triggerAndAwaitRun();
    assertThat(first.getString("outcome")).as(first.toString()).isEqualTo("SUCCEEDED");
    assertThat(first.getString("message"))
        .contains("1 imported, 0 already imported, 0 failed")
        .contains(sourceId + ".csv as " + sourceId + " (7 entries");
    assertThat(first.getInt("done")).isEqualTo(1);
    assertThat(first.getInt("total")).isEqualTo(1);
    assertThat(first.getString("node")).isNotBlank();
    assertThat(first.getString("finishedAt")).isNotBlank();
    List<String> versions = sourceIds();
    assertThat(versions).contains(sourceId);
    assertThat(platform.get("/api/v1/job-runs/" + first.getString("id")).json()).isEqualTo(first);

    JsonObject second = triggerAndAwaitRun();
    assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
    assertThat(second.getString("outcome")).as(second.toString()).isEqualTo("SUCCEEDED");
    assertThat(second.getString("message"))
        .contains("0 imported, 1 already imported")
        .contains("Already imported, nothing changed: " + sourceId + ".csv");
    assertThat(sourceIds()).hasSameSizeAs(versions);
  }

  @Test
  void aMalformedFileFailsTheRunSaysWhyAndStoresNothing() throws Exception {
    Path drop = Path.of(System.getenv("CONTROL_LIST_DROP_FOLDER"));
    emptied(drop);
    String name = "broken-" + UUID.randomUUID().toString().substring(0, 8) + ".csv";
    Files.writeString(drop.resolve(name), "code,parent,text\n5A002,,ok\n5A00x,,broken\n");
    int versions = sourceIds().size();

    JsonObject run = triggerAndAwaitRun();
    assertThat(run.getString("outcome")).as(run.toString()).isEqualTo("FAILED");
    assertThat(run.getString("message"))
        .contains("0 imported, 0 already imported, 1 failed")
        .contains("Failed, nothing stored: " + name + ": ")
        .contains("line 3");
    assertThat(run.getInt("done")).isEqualTo(1);
    assertThat(sourceIds()).hasSize(versions);
  }

  @Test
  void onlyPlatformAdminsSeeAndTriggerJobRuns() {
    assertThat(officer.get(RUNS).status()).isEqualTo(403);
    assertThat(officer.get("/api/v1/job-runs/any-id").status()).isEqualTo(403);
    assertThat(officer.post(TRIGGER, null).status()).isEqualTo(403);
    assertThat(Api.anonymous().get(RUNS).status()).isEqualTo(401);

    Reply missing = platform.get("/api/v1/job-runs/no-such-run");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.isProblem()).isTrue();
    Reply badSize = platform.get(RUNS + "&size=0");
    assertThat(badSize.status()).isEqualTo(400);
    assertThat(badSize.isProblem()).isTrue();
  }

  /** Triggers the job and waits (at most 60 s) for the run it starts to end. */
  private JsonObject triggerAndAwaitRun() throws InterruptedException {
    long before = platform.get(RUNS).json().getJsonNumber("total").longValue();
    Reply triggered = platform.post(TRIGGER, null);
    assertThat(triggered.status()).as(triggered.toString()).isEqualTo(202);
    assertThat(triggered.location()).hasValueSatisfying(l -> assertThat(l).endsWith(RUNS));

    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      JsonObject runs = platform.get(RUNS).json();
      if (runs.getJsonNumber("total").longValue() > before) {
        JsonObject newest = runs.getJsonArray("items").getJsonObject(0);
        if (!"RUNNING".equals(newest.getString("outcome"))) {
          return newest;
        }
      }
      Thread.sleep(500);
    }
    return fail("The control list watch did not finish within 60 s: " + platform.get(RUNS));
  }

  private List<String> sourceIds() {
    return officer.get("/api/v1/control-lists").parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .map(v -> v.getString("sourceId"))
        .toList();
  }

  /** The folder, created if need be, without the files of earlier runs of this build. */
  private static void emptied(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
