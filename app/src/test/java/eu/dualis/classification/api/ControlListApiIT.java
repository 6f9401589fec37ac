package eu.dualis.classification.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.ControlLists;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing, reading and comparing control list versions through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlListApiIT {

  private final Api platform = Api.as("platform@dualis.test");
  private final Api officer = Api.as("officer@acme.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private int versionCount() {
    return officer.get("/api/v1/control-lists").parse().asJsonArray().size();
  }

  @Test
  void importsOnceAndSaysSoTheSecondTime() {
    String csv = ControlLists.V1.replace("as follows:", "as follows (import test):");
    Reply first = platform.upload("/api/v1/control-lists", "text/csv", csv);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(first.json().getJsonObject("version").getInt("entryCount")).isEqualTo(7);
    Reply again = platform.upload("/api/v1/control-lists", "text/csv", csv);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getBoolean("created")).isFalse();
    assertThat(again.string("message")).contains("nothing was changed");
    assertThat(again.json().getJsonObject("version").getString("id"))
        .isEqualTo(first.json().getJsonObject("version").getString("id"));
  }

  @Test
  void entriesAreFoundByCodePrefixOrWordsAndCarryTheirParentsText() {
    String id = ControlLists.importCsv(ControlLists.V1);
    Reply byCode = officer.get("/api/v1/control-lists/" + id + "/entries?q=5A002");
    assertThat(byCode.items().stream().map(e -> e.asJsonObject().getString("code")))
        .containsExactly("5A002", "5A002.a", "5A002.a.1", "5A002.a.2");
    Reply byWords = officer.get("/api/v1/control-lists/" + id + "/entries?q=intrusion%20software");
    assertThat(byWords.items().stream().map(e -> e.asJsonObject().getString("code")))
        .containsExactly("4A005");

    JsonObject entry = officer.get("/api/v1/control-lists/" + id + "/entries/5A002.a.1").json();
    assertThat(entry.getString("parentCode")).isEqualTo("5A002.a");
    assertThat(entry.getString("regime")).isEqualTo("WASSENAAR");
    assertThat(entry.getString("fullText"))
        .startsWith("Systems, equipment and components for information security")
        .endsWith("as a primary function;");
    assertThat(officer.get("/api/v1/control-lists/" + id + "/entries/9Z999").status())
        .isEqualTo(404);
  }

  @Test
  void diffListsAddedRemovedAndChangedEntriesWithOldAndNewText() {
    String v1 = ControlLists.importCsv(ControlLists.V1);
    String v2 = ControlLists.importCsv(ControlLists.V2);
    JsonObject diff = officer.get("/api/v1/control-lists/" + v1 + "/diff/" + v2).json();
    assertThat(codes(diff, "added")).containsExactly("5A004");
    assertThat(codes(diff, "removed")).containsExactly("5A002.a.2");
    JsonObject changed = diff.getJsonArray("changed").getJsonObject(0);
    assertThat(diff.getJsonArray("changed")).hasSize(1);
    assertThat(changed.getString("code")).isEqualTo("5A002.a.1");
    assertThat(changed.getString("oldText")).doesNotContain("cryptanalysis");
    assertThat(changed.getString("newText")).contains("cryptanalysis");
  }

  @Test
  void malformedAndHostileFilesAreRefusedWithTheirPositionAndStoreNothing() {
    int before = versionCount();
    Reply badCode =
        platform.upload(
            "/api/v1/control-lists", "text/csv", "code,parent,text\n5A002,,ok\n5A00x,,broken\n");
    assertThat(badCode.status()).isEqualTo(400);
    assertThat(badCode.isProblem()).isTrue();
    assertThat(badCode.body()).contains("line 3");

    String hostile =
        "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&x;</p></body></html>";
    Reply xxe = platform.upload("/api/v1/control-lists", "application/xhtml+xml", hostile);
    assertThat(xxe.status()).isEqualTo(400);
    assertThat(xxe.body()).doesNotContain("root:");

    Reply unsupported = platform.upload("/api/v1/control-lists", "application/pdf", "%PDF-1.7");
    assertThat(unsupported.status()).isEqualTo(415);
    assertThat(unsupported.isProblem()).isTrue();
    assertThat(versionCount()).isEqualTo(before);
  }

  @Test
  void aStarterIndexIsInstalledAndSaysItIsNotTheLegalText() {
    JsonObject index =
        officer.get("/api/v1/control-lists").parse().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getString("kind").equals("INDEX"))
            .findFirst()
            .orElseThrow();
    assertThat(index.getString("notice")).contains("not the legal text");
    String id = index.getString("id");
    for (String code :
        new String[] {"4A005", "4D004", "4E001.c", "5A001.f.2", "5A001.j.2", "5A004.b", "6A005"}) {
      assertThat(officer.get("/api/v1/control-lists/" + id + "/entries/" + code).status())
          .as(code)
          .isEqualTo(200);
    }
  }

  @Test
  void exactlyOneVersionIsInForceAndNoneBeforeAnyApplies() {
    ControlLists.importCsv(ControlLists.V1);
    long today =
        officer.get("/api/v1/control-lists").parse().asJsonArray().stream()
            .filter(v -> v.asJsonObject().getBoolean("inForce"))
            .count();
    assertThat(today).isEqualTo(1);
    assertThat(
            officer.get("/api/v1/control-lists?inForceOn=1990-01-01").parse().asJsonArray().stream()
                .noneMatch(v -> v.asJsonObject().getBoolean("inForce")))
        .isTrue();
    assertThat(officer.get("/api/v1/control-lists?inForceOn=yesterday").status()).isEqualTo(400);
  }

  @Test
  void onlyPlatformAdminsImportButEveryRoleReads() {
    assertThat(officer.upload("/api/v1/control-lists", "text/csv", ControlLists.V1).status())
        .isEqualTo(403);
    String id = ControlLists.importCsv(ControlLists.V1);
    for (String user :
        new String[] {"sales@acme.test", "auditor@acme.test", "officer@globex.test"}) {
      assertThat(Api.as(user).get("/api/v1/control-lists/" + id).status()).as(user).isEqualTo(200);
    }
    assertThat(Api.anonymous().get("/api/v1/control-lists").status()).isEqualTo(401);
  }

  private static java.util.List<String> codes(JsonObject diff, String member) {
    return diff.getJsonArray(member).stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("code"))
        .toList();
  }
}
