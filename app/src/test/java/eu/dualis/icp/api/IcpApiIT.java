package eu.dualis.icp.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ICP's seven core elements turn complete as their evidence is added; bad input is refused
 * naming the field; evidence cannot be deleted (Art. 27); another tenant sees none of it.
 *
 * <p>The elements are judged on a date: the progression test dates its records in 2001, a year no
 * other test uses, and asks for the status on dates in it; other tests date their records in 2010.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IcpApiIT {

  private static final String PDF = "%PDF-1.4\n% an ICP procedure\n";

  private final Api officer = Api.as("officer@acme.test");
  private final Api auditor = Api.as("auditor@acme.test");
  private final Api sales = Api.as("sales@acme.test");
  private final Api otherTenant = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String unique(String what) {
    return what + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private JsonObject element(String on, int number) {
    Reply reply = officer.get("/api/v1/icp/elements?on=" + on);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonObject e = ((JsonArray) reply.parse()).getJsonObject(number - 1);
    assertThat(e.getInt("number")).isEqualTo(number);
    return e;
  }

  private static void assertStatus(JsonObject e, boolean complete, boolean current) {
    assertThat(e.getBoolean("complete")).as("complete: " + e).isEqualTo(complete);
    assertThat(e.getBoolean("current")).as("current: " + e).isEqualTo(current);
  }

  private JsonObject created(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json();
  }

  private static String commitment(String text, String signedOn) {
    return "{\"text\":\""
        + text
        + "\",\"signedByName\":\"J. Board\",\"signedByFunction\":\"Ausfuhrverantwortlicher\","
        + "\"signedOn\":\""
        + signedOn
        + "\",\"publishedWhere\":\"Intranet and notice board\"}";
  }

  private static String role(String function, String from, String to) {
    return "{\"person\":\""
        + unique("Person")
        + "\",\"function\":\""
        + function
        + "\",\"responsibilities\":\"Classification and licences\",\"fte\":\"0.8\",\"from\":\""
        + from
        + "\""
        + (to == null ? "" : ",\"to\":\"" + to + "\"")
        + "}";
  }

  private Reply upload(Api as, String element, String effectiveFrom, String type, String body) {
    return as.upload(
        "/api/v1/icp/documents?element="
            + element
            + "&title=Procedure&versionLabel=1.0&effectiveFrom="
            + effectiveFrom
            + "&reviewDue=2030-01-01&fileName=procedure.pdf",
        type,
        body);
  }

  private static String policy(int screeningYears, String from) {
    return "{\"text\":\"All export records are kept.\",\"retention\":{\"SCREENINGS\":"
        + screeningYears
        + ",\"LICENCES\":10},\"effectiveFrom\":\""
        + from
        + "\"}";
  }

  @Test
  void theElementsTurnCompleteAsEvidenceIsAdded() {
    String on = "2001-06-30";
    Reply all = officer.get("/api/v1/icp/elements?on=" + on);
    assertThat(all.status()).as(all.toString()).isEqualTo(200);
    JsonArray elements = (JsonArray) all.parse();
    assertThat(elements).hasSize(7);
    for (int n = 1; n <= 7; n++) {
      JsonObject e = elements.getJsonObject(n - 1);
      assertThat(e.getInt("number")).isEqualTo(n);
      if (n == 3) {
        // Element 3 is judged on the tenant's training matrix, which other tests fill too.
        assertThat(e.toString()).containsIgnoringCase("training matrix");
      } else {
        assertStatus(e, false, false);
        assertThat(e.getJsonArray("missing").toString()).contains("Rec. 2019/1318");
      }
      assertThat(e.getString("cdiuHeading")).isNotBlank();
      assertThat(e.getString("bafaHeading")).isNotBlank();
    }

    // 1: a statement signed in 2001 is current then, and no longer 3 years on.
    created(officer.post("/api/v1/icp/commitments", commitment(unique("We comply"), "2001-01-15")));
    assertStatus(element(on, 1), true, true);
    JsonObject later = element("2004-06-30", 1);
    assertStatus(later, true, false);
    assertThat(later.getJsonArray("missing").toString()).contains("3 years");

    // 2: an officer and a deputy, the deputy having left: complete, not current.
    created(officer.post("/api/v1/icp/roles", role("EXPORT_CONTROL_OFFICER", "2001-01-01", null)));
    JsonObject deputy =
        created(officer.post("/api/v1/icp/roles", role("DEPUTY", "2001-01-01", null)));
    assertStatus(element(on, 2), true, true);
    Reply ended =
        officer.put(
            "/api/v1/icp/roles/" + deputy.getString("id") + "/end",
            "{\"to\":\"2001-03-31\",\"version\":" + deputy.getJsonNumber("version") + "}");
    assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
    JsonObject organisation = element(on, 2);
    assertStatus(organisation, true, false);
    assertThat(organisation.getJsonArray("missing").toString()).contains("deputy");
    created(officer.post("/api/v1/icp/roles", role("DEPUTY", "2001-04-01", null)));
    assertStatus(element(on, 2), true, true);

    // 4: a screening procedure in force (activity figures come from the whole tenant).
    JsonObject procedure = created(upload(officer, "4", "2001-01-01", "application/pdf", PDF));
    JsonObject screening = element(on, 4);
    assertThat(screening.getBoolean("complete")).as(screening.toString()).isTrue();
    assertThat(screening.getJsonArray("evidence").toString()).contains(procedure.getString("id"));

    // 5: an audit with an overdue corrective action is not current until the action is done.
    JsonObject audit =
        created(
            officer.post(
                "/api/v1/icp/audits",
                "{\"auditedOn\":\"2001-05-01\",\"kind\":\"INTERNAL\",\"scope\":\"Screening\","
                    + "\"findings\":\"Two unscreened consignees\"}"));
    assertStatus(element(on, 5), true, true);
    String actions = "/api/v1/icp/audits/" + audit.getString("id") + "/corrective-actions";
    JsonObject action =
        created(
            officer.post(
                actions,
                "{\"finding\":\"Unscreened consignees\",\"description\":\"Screen all consignees\","
                    + "\"owner\":\"Q. Owner\",\"due\":\"2001-06-01\"}"));
    JsonObject audits = element(on, 5);
    assertStatus(audits, true, false);
    assertThat(audits.getJsonArray("missing").toString()).contains("corrective action");
    Reply done =
        officer.put(
            actions + "/" + action.getString("id"),
            "{\"status\":\"DONE\",\"doneOn\":\"2001-05-20\",\"version\":"
                + action.getJsonNumber("version")
                + "}");
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.string("status")).isEqualTo("DONE");
    assertStatus(element(on, 5), true, true);
    Reply again = officer.put(actions + "/" + action.getString("id"), done.body());
    assertThat(again.status()).as(again.toString()).isEqualTo(400);
    assertThat(again.body()).contains("already DONE");

    // 6: a period under five years is refused citing Art. 27; a policy and a document complete it.
    Reply tooShort = officer.post("/api/v1/icp/recordkeeping", policy(4, "2001-01-01"));
    assertThat(tooShort.status()).as(tooShort.toString()).isEqualTo(400);
    assertThat(tooShort.body()).contains("retention.SCREENINGS").contains("Art. 27");
    assertStatus(element(on, 6), false, false);
    created(officer.post("/api/v1/icp/recordkeeping", policy(5, "2001-01-01")));
    JsonObject recordkeeping = element(on, 6);
    assertStatus(recordkeeping, false, false);
    assertThat(recordkeeping.getJsonArray("missing").toString()).contains("document");
    created(upload(officer, "RECORDKEEPING", "2001-02-01", "application/pdf", PDF));
    assertStatus(element(on, 6), true, true);

    // 7: one physical and one information measure reviewed within 12 months.
    created(
        officer.post(
            "/api/v1/icp/security-measures",
            "{\"kind\":\"PHYSICAL\",\"description\":\"Locked storeroom\",\"reviewedOn\":\"2001-02-01\"}"));
    assertStatus(element(on, 7), false, false);
    created(
        officer.post(
            "/api/v1/icp/security-measures",
            "{\"kind\":\"INFORMATION\",\"description\":\"Encrypted drawings\","
                + "\"reviewedOn\":\"2001-02-01\"}"));
    assertStatus(element(on, 7), true, true);
    assertStatus(element("2002-03-01", 7), true, false);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
    Reply empty = officer.post("/api/v1/icp/commitments", "{\"signedOn\":\"yesterday\"}");
    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    assertThat(empty.body()).contains("signedOn");
    Reply missing = officer.post("/api/v1/icp/commitments", "{\"signedOn\":\"2010-01-01\"}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("text").contains("signedByName").contains("publishedWhere");

    Reply function = officer.post("/api/v1/icp/roles", role("CHIEF", "2010-01-01", null));
    assertThat(function.status()).isEqualTo(400);
    assertThat(function.body()).contains("function");
    Reply backwards = officer.post("/api/v1/icp/roles", role("DEPUTY", "2010-01-01", "2009-01-01"));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("\"to\"");

    Reply kind =
        officer.post(
            "/api/v1/icp/security-measures",
            "{\"kind\":\"MAGIC\",\"description\":\"x\",\"reviewedOn\":\"2010-01-01\"}");
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.body()).contains("kind");
    Reply future =
        officer.post(
            "/api/v1/icp/audits",
            "{\"auditedOn\":\"2999-01-01\",\"kind\":\"INTERNAL\",\"scope\":\"All\"}");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body()).contains("auditedOn");
    Reply noRetention =
        officer.post(
            "/api/v1/icp/recordkeeping", "{\"text\":\"x\",\"effectiveFrom\":\"2010-01-01\"}");
    assertThat(noRetention.status()).isEqualTo(400);
    assertThat(noRetention.body()).contains("retention");
  }

  @Test
  void documentsMustBeSmallPdfsOrImagesWhatTheirTypeSaysAndKeepTheirHash() {
    Reply notPdf = upload(officer, "4", "2010-01-01", "application/pdf", "PK\u0003\u0004 a zip");
    assertThat(notPdf.status()).as(notPdf.toString()).isEqualTo(400);
    assertThat(notPdf.body()).contains("file");
    Reply text = upload(officer, "4", "2010-01-01", "text/plain", "hello");
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.body()).contains("contentType");
    Reply training = upload(officer, "3", "2010-01-01", "application/pdf", PDF);
    assertThat(training.status()).isEqualTo(400);
    assertThat(training.body()).contains("element");
    Reply tooLarge =
        upload(officer, "4", "2010-01-01", "application/pdf", PDF + "x".repeat(10 * 1024 * 1024));
    assertThat(tooLarge.status()).as(tooLarge.status() + "").isEqualTo(413);
    Reply noDate = upload(officer, "4", "someday", "application/pdf", PDF);
    assertThat(noDate.status()).isEqualTo(400);
    assertThat(noDate.body()).contains("effectiveFrom");

    JsonObject v1 = created(upload(officer, "SCREENING", "2010-01-01", "application/pdf", PDF));
    assertThat(v1.getString("sha256")).hasSize(64);
    Reply content = auditor.get("/api/v1/icp/documents/" + v1.getString("id") + "/content");
    assertThat(content.status()).isEqualTo(200);
    assertThat(content.contentType()).startsWith("application/pdf");
    assertThat(content.body()).isEqualTo(PDF);

    JsonObject v2 =
        created(
            officer.upload(
                "/api/v1/icp/documents?element=4&title=Procedure&versionLabel=2.0"
                    + "&effectiveFrom=2010-06-01&reviewDue=2011-06-01&supersedes="
                    + v1.getString("id"),
                "application/pdf",
                PDF + "v2"));
    JsonObject old = officer.get("/api/v1/icp/documents/" + v1.getString("id")).json();
    assertThat(old.getString("supersededBy")).isEqualTo(v2.getString("id"));
    assertThat(old.getString("supersededOn")).isEqualTo("2010-06-01");
    Reply twice =
        officer.upload(
            "/api/v1/icp/documents?element=4&title=P&versionLabel=3&effectiveFrom=2010-07-01"
                + "&reviewDue=2011-06-01&supersedes="
                + v1.getString("id"),
            "application/pdf",
            PDF);
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("supersedes");
  }

  @Test
  void officersWriteAuditorsReadSalesNothingAndEvidenceIsNeverDeleted() {
    JsonObject s =
        created(
            officer.post("/api/v1/icp/commitments", commitment(unique("Rights"), "2010-01-01")));
    assertThat(auditor.get("/api/v1/icp/commitments").status()).isEqualTo(200);
    assertThat(auditor.get("/api/v1/icp/elements").status()).isEqualTo(200);
    assertThat(auditor.post("/api/v1/icp/commitments", commitment("x", "2010-01-01")).status())
        .isEqualTo(403);
    assertThat(sales.get("/api/v1/icp/elements").status()).isEqualTo(403);
    assertThat(sales.get("/api/v1/icp/commitments").status()).isEqualTo(403);

    Reply delete = officer.delete("/api/v1/icp/commitments/" + s.getString("id"));
    assertThat(delete.status()).as(delete.toString()).isEqualTo(409);
    assertThat(delete.body()).contains("Art. 27");
    assertThat(containsId(officer.get("/api/v1/icp/commitments"), s.getString("id"))).isTrue();
  }

  @Test
  void anotherTenantCanNeitherReadListChangeNorLearnOfTheRecords() {
    String text = unique("Acme only");
    String commitment =
        created(officer.post("/api/v1/icp/commitments", commitment(text, "2010-01-01")))
            .getString("id");
    JsonObject role =
        created(
            officer.post("/api/v1/icp/roles", role("EXPORT_CONTROL_OFFICER", "2010-01-01", null)));
    String document =
        created(upload(officer, "7", "2010-01-01", "application/pdf", PDF)).getString("id");
    String audit =
        created(
                officer.post(
                    "/api/v1/icp/audits",
                    "{\"auditedOn\":\"2010-01-01\",\"kind\":\"EXTERNAL\",\"scope\":\"All\"}"))
            .getString("id");
    String actions = "/api/v1/icp/audits/" + audit + "/corrective-actions";
    JsonObject action =
        created(
            officer.post(
                actions, "{\"description\":\"Fix\",\"owner\":\"Q\",\"due\":\"2010-02-01\"}"));
    String policy =
        created(officer.post("/api/v1/icp/recordkeeping", policy(7, "2010-01-01"))).getString("id");
    String measure =
        created(
                officer.post(
                    "/api/v1/icp/security-measures",
                    "{\"kind\":\"PHYSICAL\",\"description\":\"Fence\",\"reviewedOn\":\"2010-01-01\"}"))
            .getString("id");

    assertThat(containsId(otherTenant.get("/api/v1/icp/commitments"), commitment)).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/roles"), role.getString("id"))).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/documents"), document)).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/audits"), audit)).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/recordkeeping"), policy)).isFalse();
    assertThat(containsId(otherTenant.get("/api/v1/icp/security-measures"), measure)).isFalse();
    Reply theirs = otherTenant.get("/api/v1/icp/elements?on=2010-12-31");
    assertThat(theirs.status()).isEqualTo(200);
    assertThat(theirs.body()).doesNotContain(document).doesNotContain("Fence");

    assertThat(otherTenant.get("/api/v1/icp/documents/" + document).status()).isEqualTo(404);
    assertThat(otherTenant.get("/api/v1/icp/documents/" + document + "/content").status())
        .isEqualTo(404);
    assertThat(otherTenant.get("/api/v1/icp/audits/" + audit).status()).isEqualTo(404);
    assertThat(otherTenant.get(actions).status()).isEqualTo(404);
    assertThat(
            otherTenant
                .post(actions, "{\"description\":\"Fix\",\"owner\":\"Q\",\"due\":\"2010-02-01\"}")
                .status())
        .isEqualTo(404);
    assertThat(
            otherTenant
                .put(
                    actions + "/" + action.getString("id"),
                    "{\"status\":\"DONE\",\"doneOn\":\"2010-01-20\",\"version\":1}")
                .status())
        .isEqualTo(404);
    assertThat(
            otherTenant
                .put(
                    "/api/v1/icp/roles/" + role.getString("id") + "/end",
                    "{\"to\":\"2010-12-31\",\"version\":" + role.getJsonNumber("version") + "}")
                .status())
        .isEqualTo(404);
    Reply supersede =
        otherTenant.upload(
            "/api/v1/icp/documents?element=7&title=P&versionLabel=2&effectiveFrom=2010-02-01"
                + "&reviewDue=2011-01-01&supersedes="
                + document,
            "application/pdf",
            PDF);
    assertThat(supersede.status()).isEqualTo(400);
    assertThat(supersede.body()).contains("supersedes");
    for (String path :
        new String[] {
          "/api/v1/icp/commitments/" + commitment,
          "/api/v1/icp/roles/" + role.getString("id"),
          "/api/v1/icp/documents/" + document,
          "/api/v1/icp/audits/" + audit,
          actions + "/" + action.getString("id"),
          "/api/v1/icp/recordkeeping/" + policy,
          "/api/v1/icp/security-measures/" + measure
        }) {
      assertThat(otherTenant.delete(path).status()).as("DELETE " + path).isEqualTo(404);
      assertThat(officer.delete(path).status()).as("DELETE " + path).isEqualTo(409);
    }
    // Unchanged by the other tenant's attempts.
    JsonObject still = officer.get("/api/v1/icp/documents/" + document).json();
    assertThat(still.get("supersededBy")).isIn(null, JsonValue.NULL);
  }

  private static boolean containsId(Reply reply, String id) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return ((JsonArray) reply.parse())
        .stream().map(JsonValue::asJsonObject).anyMatch(o -> id.equals(o.getString("id")));
  }
}
