package eu.dualis.screening.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.SanctionsFiles;
import eu.dualis.testing.SanctionsFiles.Person;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The list watch imports a dropped file; the new version rescreens every party of every tenant; new
 * potential matches reach each tenant's own worklist, and the run reports progress and counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SanctionsJobsIT {

  private static final String WATCH = "sanctions-list-watch";
  private static final String RESCREEN = "sanctions-rescreen";

  private final Api platform = Api.as("platform@dualis.test");
  private final Api acme = Api.as("officer@acme.test");
  private final Api globex = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String surname() {
    Random random = new Random();
    StringBuilder s = new StringBuilder("Vx");
    for (int i = 0; i < 8; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  private static String party(String name) {
    return "{\"role\":\"CUSTOMER\",\"type\":\"PERSON\",\"name\":\""
        + name
        + "\",\"country\":\"RU\"}";
  }

  @Test
  void aDroppedListIsImportedAndEveryTenantsPartiesAreRescreened() throws Exception {
    String acmeName = "Arkady " + surname();
    String globexName = "Yevgenia " + surname();
    Reply a = acme.post("/api/v1/parties", party(acmeName));
    Reply g = globex.post("/api/v1/parties", party(globexName));
    assertThat(a.string("status")).as(a.toString()).isEqualTo("CLEAR");
    assertThat(g.string("status")).as(g.toString()).isEqualTo("CLEAR");
    long rescreensBefore = total(RESCREEN);

    String[] acmeParts = acmeName.split(" ");
    String[] globexParts = globexName.split(" ");
    Path drop = Path.of(System.getenv("SANCTIONS_DROP_FOLDER"));
    emptied(drop);
    Files.writeString(
        drop.resolve("EU_FSF_XML-2026-11-28.xml"),
        SanctionsFiles.euFsf(
            "2026-11-28",
            List.of(
                new Person("93001", acmeParts[0], acmeParts[1], "1959-05-05", "RU"),
                new Person("93002", globexParts[0], globexParts[1], null, "RU"))));

    JsonObject watch = triggerAndAwait(WATCH);
    assertThat(watch.getString("outcome")).as(watch.toString()).isEqualTo("SUCCEEDED");
    assertThat(watch.getString("message"))
        .contains("EU_FSF_XML-2026-11-28.xml: imported, 2 entities");

    JsonObject rescreen = awaitNewRun(RESCREEN, rescreensBefore);
    assertThat(rescreen.getString("outcome")).as(rescreen.toString()).isEqualTo("SUCCEEDED");
    assertThat(rescreen.getInt("done"))
        .isEqualTo(rescreen.getInt("total"))
        .isGreaterThanOrEqualTo(2);
    assertThat(rescreen.getString("message")).contains("parties of").contains("rescreened");

    String acmeId = a.string("id");
    assertThat(acme.get("/api/v1/parties/" + acmeId).string("status")).isEqualTo("POTENTIAL_MATCH");
    var acmeHits = acme.get("/api/v1/hits?partyId=" + acmeId).items();
    assertThat(acmeHits).hasSize(1);
    assertThat(acmeHits.getJsonObject(0).getString("listSource")).isEqualTo("EU_FSF");
    assertThat(acmeHits.getJsonObject(0).getString("raisedBy")).startsWith(RESCREEN);
    assertThat(globex.get("/api/v1/parties/" + g.string("id")).string("status"))
        .isEqualTo("POTENTIAL_MATCH");
    // Each tenant sees only its own.
    assertThat(globex.get("/api/v1/hits?partyId=" + acmeId).items()).isEmpty();

    // The same file again: nothing new, no new version.
    JsonObject again = triggerAndAwait(WATCH);
    assertThat(again.getString("message")).contains("known already");
  }

  private long total(String job) {
    return platform
        .get("/api/v1/job-runs?jobName=" + job)
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  private JsonObject triggerAndAwait(String job) throws InterruptedException {
    long before = total(job);
    Reply triggered = platform.post("/api/v1/job-runs/" + job, null);
    assertThat(triggered.status()).as(triggered.toString()).isEqualTo(202);
    return awaitNewRun(job, before);
  }

  /** The newest run of the job once it has ended, waiting at most 90 s for it. */
  private JsonObject awaitNewRun(String job, long before) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 90_000;
    while (System.currentTimeMillis() < deadline) {
      JsonObject runs = platform.get("/api/v1/job-runs?jobName=" + job).json();
      if (runs.getJsonNumber("total").longValue() > before) {
        JsonObject newest = runs.getJsonArray("items").getJsonObject(0);
        if (!"RUNNING".equals(newest.getString("outcome"))) {
          return newest;
        }
      }
      Thread.sleep(500);
    }
    return fail("Job " + job + " did not finish within 90 s");
  }

  private static void emptied(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
  }
}
