package eu.dualis.screening.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.SanctionsFiles;
import eu.dualis.testing.SanctionsFiles.Person;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * List imports through the API: one version per file, counted, atomic (a refused file leaves the
 * version in force), explicit about malformed records, hostile XML refused; freshness shown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SanctionsListApiIT {

  private final Api officer = Api.as("officer@acme.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  /** A surname nobody has: letters only, so that it is one name token. */
  private static String surname() {
    Random random = new Random();
    StringBuilder s = new StringBuilder("Qx");
    for (int i = 0; i < 8; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  private static JsonObject inForce(String source) {
    return Api.as("officer@acme.test").get("/api/v1/sanctions-lists").parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(v -> v.getString("source").equals(source))
        .findFirst()
        .orElse(null);
  }

  @Test
  void theDemoUnListIsInForceMarkedWithItsDateAndStale() {
    JsonObject un = inForce("UN_SC");
    assertThat(un).isNotNull();
    assertThat(un.getString("asOf")).isEqualTo("2026-02-27");
    assertThat(un.getBoolean("demo")).isTrue();
    assertThat(un.getBoolean("stale")).isTrue();
    assertThat(un.getInt("persons")).isEqualTo(730);
    assertThat(un.getInt("organisations")).isEqualTo(273);
    Reply health = Api.anonymous().get("/health/ready");
    assertThat(health.body()).contains("sanctions-lists").contains("STALE");
  }

  @Test
  void aNewVersionIsImportedOnceCountedAndScreenedAgainst() {
    String name = surname();
    String file =
        SanctionsFiles.euFsf(
            "2026-11-27",
            List.of(
                new Person("91001", "Borislav", name, "1961-03-09", "RU"),
                new Person("91002", "Ludmila", name + "ova", null, "BY")));
    Reply imported = SanctionsFiles.importFile("EU_FSF_XML", "REJECT_FILE", file);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    JsonObject version = imported.json().getJsonObject("version");
    assertThat(version.getString("status")).isEqualTo("IN_FORCE");
    assertThat(version.getInt("persons")).isEqualTo(2);
    assertThat(version.getString("publishedOn")).isEqualTo("2026-11-27");
    assertThat(version.getString("checksum")).hasSize(64);

    Reply again = SanctionsFiles.importFile("EU_FSF_XML", "REJECT_FILE", file);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getBoolean("created")).isFalse();
    assertThat(again.json().getJsonObject("version").getString("id"))
        .isEqualTo(version.getString("id"));

    Reply screening =
        Api.as("sales@acme.test")
            .post("/api/v1/screenings", "{\"name\":\"Borislav " + name + "\"}");
    assertThat(screening.string("status")).isEqualTo("POTENTIAL_MATCH");
    assertThat(screening.json().getJsonArray("hits").getJsonObject(0).getString("versionId"))
        .isEqualTo(version.getString("id"));

    Reply entities =
        officer.get(
            "/api/v1/sanctions-lists/versions/" + version.getString("id") + "/entities?q=" + name);
    assertThat(entities.items()).hasSize(2);
  }

  @Test
  void aMalformedRecordRejectsTheFileOrIsSkippedAsChosenAndReported() {
    JsonObject before = inForce("EU_FSF");
    String name = surname();
    String file =
        SanctionsFiles.euFsf(
                "2026-11-26",
                List.of(
                    new Person("92001", "Anatoly", name, "1970-01-01", "RU"),
                    new Person("92002", "Dmitri", name, null, "RU")))
            // The second entity loses its name: a malformed record.
            .replace("wholeName=\"Dmitri " + name + "\"", "wholeName=\"\"")
            .replace("firstName=\"Dmitri\"", "firstName=\"\"")
            .replace("lastName=\"" + name + "\" wholeName=\"\"", "lastName=\"\" wholeName=\"\"");
    Reply rejected = SanctionsFiles.importFile("EU_FSF_XML", "REJECT_FILE", file);
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
    assertThat(rejected.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .startsWith("line ");
    JsonObject after = inForce("EU_FSF");
    assertThat(after == null ? null : after.getString("id"))
        .as("the version in force is unchanged")
        .isEqualTo(before == null ? null : before.getString("id"));
    assertThat(
            Api.as("sales@acme.test")
                .post("/api/v1/screenings", "{\"name\":\"Anatoly " + name + "\"}")
                .string("status"))
        .isEqualTo("CLEAR");

    Reply skipped = SanctionsFiles.importFile("EU_FSF_XML", "SKIP_RECORD", file);
    assertThat(skipped.status()).as(skipped.toString()).isEqualTo(201);
    assertThat(skipped.json().getJsonObject("version").getInt("persons")).isEqualTo(1);
    assertThat(skipped.json().getJsonObject("version").getInt("skipped")).isEqualTo(1);
    assertThat(skipped.json().getString("decision")).contains("skipped");
    assertThat(skipped.json().getJsonObject("version").getJsonArray("report").getString(0))
        .startsWith("line ");
  }

  @Test
  void hostileOrForeignFilesAreRefusedAndChangeNothing() {
    JsonObject before = inForce("UN_SC");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<CONSOLIDATED_LIST dateGenerated=\"2026-11-27T00:00:00Z\"><INDIVIDUALS><INDIVIDUAL>"
            + "<FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    Reply refused = SanctionsFiles.importFile("UN_XML", "SKIP_RECORD", xxe);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).doesNotContain("root:");
    Reply notXml = SanctionsFiles.importFile("UN_XML", "REJECT_FILE", "name,country\nA,B\n");
    assertThat(notXml.status()).isEqualTo(400);
    assertThat(inForce("UN_SC").getString("id")).isEqualTo(before.getString("id"));
    Reply unknown = SanctionsFiles.importFile("WORD_DOC", "REJECT_FILE", "x");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.toString()).contains("format");
  }

  @Test
  void onlyThePlatformOperatorImports() {
    Reply reply =
        officer.upload("/api/v1/sanctions-lists/versions?format=UN_XML", "application/xml", "<x/>");
    assertThat(reply.status()).isEqualTo(403);
  }
}
