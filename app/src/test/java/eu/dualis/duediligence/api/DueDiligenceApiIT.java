package eu.dualis.duediligence.api;

import static eu.dualis.duediligence.api.DueDiligenceFixtures.BASE;
import static eu.dualis.duediligence.api.DueDiligenceFixtures.PDF_BYTES;
import static eu.dualis.duediligence.api.DueDiligenceFixtures.absent;
import static eu.dualis.duediligence.api.DueDiligenceFixtures.file;
import static eu.dualis.duediligence.api.DueDiligenceFixtures.flags;
import static eu.dualis.duediligence.api.DueDiligenceFixtures.open;
import static eu.dualis.duediligence.api.DueDiligenceFixtures.party;
import static eu.dualis.duediligence.api.DueDiligenceFixtures.product;
import static eu.dualis.duediligence.api.DueDiligenceFixtures.suffix;
import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A due-diligence file through the API: opened, filled, its end-use statement uploaded, decided by
 * one officer and approved by another, exported as a PDF; Art. 5(2) and four eyes enforced; another
 * tenant sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DueDiligenceApiIT {

  private final Api officer = Api.as("officer@acme.test");
  private final Api reviewer = Api.as("reviewer@acme.test");
  private final Api globex = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private Reply complete(String id, JsonObjectBuilder base, JsonArrayBuilder flags) {
    JsonObject current = officer.get(BASE + "/" + id).json();
    return officer.put(
        BASE + "/" + id,
        base.add("redFlags", flags)
            .add("riskLevel", "MEDIUM")
            .add("riskAssessment", "Civil city authority; re-export risk handled")
            .add("mitigations", "End-use statement with re-export clause; site visit")
            .add("version", current.getJsonNumber("version"))
            .build()
            .toString());
  }

  @Test
  void aFileGoesFromDraftToApprovedWithFourEyesAndExportsAsOnePdf() throws Exception {
    String endUserName = "Общество Сокол " + suffix();
    String endUser = party(officer, "END_USER", endUserName, "AE");
    String consignee = party(officer, "CONSIGNEE", "Gulf Logistics " + suffix(), "AE");
    String product = product(officer);
    Reply opened = officer.post(BASE, file(endUser, consignee, product).build().toString());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    String id = opened.string("id");
    assertThat(opened.string("status")).isEqualTo("DRAFT");
    assertThat(opened.string("destination")).isEqualTo("AE");
    assertThat(opened.string("endUserName")).isEqualTo(endUserName);

    // The end-use statement: type, content and size are checked; nothing changes on a refusal.
    Bytes officerBytes = Bytes.as("officer@acme.test");
    var wrongType =
        officerBytes.post(
            BASE + "/" + id + "/document?name=a.exe", "application/x-msdownload", PDF_BYTES);
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.text()).contains("contentType");
    var fake =
        officerBytes.post(
            BASE + "/" + id + "/document?name=fake.pdf",
            "application/pdf",
            "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
    assertThat(fake.status()).isEqualTo(400);
    assertThat(fake.text()).contains("document");
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF_BYTES, 0, big, 0, PDF_BYTES.length);
    var tooBig =
        officerBytes.post(BASE + "/" + id + "/document?name=big.pdf", "application/pdf", big);
    assertThat(tooBig.status()).isEqualTo(413);
    assertThat(tooBig.text()).contains("10 MB");
    assertThat(absent(officer.get(BASE + "/" + id).json(), "document")).isTrue();
    var uploaded =
        officerBytes.post(
            BASE + "/" + id + "/document?name=end-use-statement.pdf", "application/pdf", PDF_BYTES);
    assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
    String sha256 =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(PDF_BYTES));
    assertThat(uploaded.text()).contains(sha256);
    var download = officerBytes.get(BASE + "/" + id + "/document");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF_BYTES);

    // A present red flag needs its evidence.
    Reply noEvidence =
        complete(
            id,
            file(endUser, consignee, product),
            flags(officer, "RE_EXPORT_RISK", "PRESENT", null));
    assertThat(noEvidence.status()).isEqualTo(400);
    assertThat(noEvidence.body()).contains("redFlags.RE_EXPORT_RISK.evidence");
    String evidence = "Consignee also sells to Jebel Ali free-zone resellers (website, 2026-02)";
    Reply filled =
        complete(
            id,
            file(endUser, consignee, product),
            flags(officer, "RE_EXPORT_RISK", "PRESENT", evidence));
    assertThat(filled.status()).as(filled.toString()).isEqualTo(200);
    assertThat(filled.json().getJsonObject("document").getString("sha256")).isEqualTo(sha256);

    Reply decided =
        officer.post(
            BASE + "/" + id + "/decision",
            "{\"decision\":\"PROCEED\",\"rationale\":\"Civil end use verified; re-export clause"
                + " signed\"}");
    assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    assertThat(decided.string("status")).isEqualTo("DECIDED");
    assertThat(decided.string("decidedBy")).isEqualTo("officer@acme.test");

    // Decided: evidence, not edited.
    Reply edit =
        complete(id, file(endUser, consignee, product), flags(officer, "X", "ABSENT", null));
    assertThat(edit.status()).isIn(400, 409);
    JsonObject current = officer.get(BASE + "/" + id).json();
    Reply stale =
        officer.put(
            BASE + "/" + id,
            file(endUser, consignee, product)
                .add("version", current.getJsonNumber("version"))
                .build()
                .toString());
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.string("detail")).contains("Art. 27");

    Reply selfApproval = officer.post(BASE + "/" + id + "/approval", "{}");
    assertThat(selfApproval.status()).isEqualTo(409);
    assertThat(selfApproval.string("detail")).contains("Four eyes");
    Reply approved = reviewer.post(BASE + "/" + id + "/approval", "{}");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(approved.string("status")).isEqualTo("APPROVED");
    assertThat(approved.string("approvedBy")).isEqualTo("reviewer@acme.test");

    var pdf = officerBytes.get(BASE + "/" + id + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    try (var doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains(endUserName);
      assertThat(text).contains(evidence);
      assertThat(text).contains("Decision: PROCEED");
      assertThat(text).contains("reviewer@acme.test");
      assertThat(text).contains("officer@acme.test");
      assertThat(text).contains(sha256);
      assertThat(text).contains("end-use-statement.pdf");
      assertThat(text).contains("Gulf Logistics");
      assertThat(text).contains("page 1 of");
    }

    Reply delete = officer.delete(BASE + "/" + id);
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.string("detail")).contains("Art. 27");

    Reply revision = officer.post(BASE + "/" + id + "/revisions", "{}");
    assertThat(revision.status()).as(revision.toString()).isEqualTo(201);
    assertThat(revision.string("status")).isEqualTo("DRAFT");
    assertThat(revision.string("supersedes")).isEqualTo(id);
    assertThat(revision.json().getInt("revision")).isEqualTo(2);
    assertThat(officer.get(BASE + "/" + id).string("status")).isEqualTo("APPROVED");
    assertThat(officer.post(BASE + "/" + id + "/revisions", "{}").status()).isEqualTo(409);

    var list = officer.get(BASE + "?endUserPartyId=" + endUser + "&status=APPROVED").items();
    assertThat(Api.containsId(list, id)).isTrue();
    assertThat(Api.containsId(list, revision.string("id"))).isFalse();
    assertThat(officer.get("/api/v1/audit-events?recordId=" + id + "&size=50").body())
        .contains("APPROVED");
    assertThat(Api.as("auditor@acme.test").get(BASE + "/" + id).status()).isEqualTo(200);
    assertThat(Api.as("sales@acme.test").get(BASE + "/" + id).status()).isEqualTo(403);
    assertThat(Api.as("auditor@acme.test").post(BASE + "/" + id + "/revisions", "{}").status())
        .isEqualTo(403);
  }

  @Test
  void proceedIsRefusedWhileMisuseIsKnownAndAReviewerCanReturnTheFile() {
    String endUser = party(officer, "END_USER", "Directorate Seven " + suffix(), "AE");
    String product = product(officer);
    String id = open(officer, endUser, product);
    Reply early =
        officer.post(
            BASE + "/" + id + "/decision", "{\"decision\":\"REFUSE\",\"rationale\":\"x\"}");
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.body()).contains("redFlags", "riskLevel");

    Reply filled =
        complete(
            id,
            file(endUser, null, product),
            flags(
                officer,
                "AWARE_OF_MISUSE",
                "PRESENT",
                "Customer asked for protester identification at demonstrations"));
    assertThat(filled.status()).as(filled.toString()).isEqualTo(200);
    Reply proceed =
        officer.post(
            BASE + "/" + id + "/decision", "{\"decision\":\"PROCEED\",\"rationale\":\"ok\"}");
    assertThat(proceed.status()).isEqualTo(400);
    assertThat(proceed.body()).contains("Art. 5(2)").contains("decision");
    assertThat(officer.get(BASE + "/" + id).string("status")).isEqualTo("DRAFT");

    Reply notify =
        officer.post(
            BASE + "/" + id + "/decision",
            "{\"decision\":\"NOTIFY_AUTHORITY\",\"rationale\":\"Art. 5(2): notify the CDIU\"}");
    assertThat(notify.status()).as(notify.toString()).isEqualTo(200);
    Reply noReason = reviewer.post(BASE + "/" + id + "/return", "{\"reason\":\" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("reason");
    Reply returned =
        reviewer.post(BASE + "/" + id + "/return", "{\"reason\":\"Attach the customer's e-mail\"}");
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    assertThat(returned.string("status")).isEqualTo("DRAFT");
    assertThat(returned.string("returnReason")).isEqualTo("Attach the customer's e-mail");
    assertThat(absent(returned.json(), "decision")).isTrue();
  }

  @Test
  void unknownOrForeignPartiesAndProductsAreNamedAndNothingIsStored() {
    String product = product(officer);
    String foreignParty = party(globex, "END_USER", "Globex End User " + suffix(), "DE");
    String endUser = party(officer, "END_USER", "Acme End User " + suffix(), "AE");
    Reply foreign = officer.post(BASE, file(foreignParty, null, product).build().toString());
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.body()).contains("endUserPartyId");
    Reply unknownProduct =
        officer.post(BASE, file(endUser, UUID.randomUUID().toString(), "nope").build().toString());
    assertThat(unknownProduct.status()).isEqualTo(400);
    assertThat(unknownProduct.body()).contains("productIds").contains("consigneePartyId");
    Reply badInput =
        officer.post(
            BASE,
            "{\"endUserPartyId\":\"\",\"destination\":\"Narnia\",\"redFlags\":"
                + "[{\"code\":\"NOPE\",\"answer\":\"ABSENT\"}]}");
    assertThat(badInput.status()).isEqualTo(400);
    assertThat(badInput.body())
        .contains("endUserPartyId", "destination", "productIds", "redFlags.NOPE");
    assertThat(officer.get(BASE + "?endUserPartyId=" + endUser).items()).isEmpty();
  }

  @Test
  void anotherTenantCanNeitherReadListFindChangeDecideApproveNorDownloadAFile() {
    String endUser = party(officer, "END_USER", "Isolated End User " + suffix(), "AE");
    String product = product(officer);
    String id = open(officer, endUser, product);
    Bytes officerBytes = Bytes.as("officer@acme.test");
    assertThat(
            officerBytes
                .post(BASE + "/" + id + "/document?name=s.pdf", "application/pdf", PDF_BYTES)
                .status())
        .isEqualTo(200);
    String path = BASE + "/" + id;

    assertThat(globex.get(path).status()).isEqualTo(404);
    assertThat(globex.get(path).body()).doesNotContain("Isolated");
    assertThat(Api.containsId(globex.get(BASE + "?size=200").items(), id)).isFalse();
    assertThat(globex.get(BASE + "?endUserPartyId=" + endUser).items()).isEmpty();
    JsonObject current = officer.get(path).json();
    assertThat(
            globex
                .put(
                    path,
                    file(endUser, null, product)
                        .add("version", current.getJsonNumber("version"))
                        .build()
                        .toString())
                .status())
        .isEqualTo(404);
    assertThat(
            globex
                .post(path + "/decision", "{\"decision\":\"REFUSE\",\"rationale\":\"x\"}")
                .status())
        .isEqualTo(404);
    assertThat(globex.post(path + "/approval", "{}").status()).isEqualTo(404);
    assertThat(globex.post(path + "/return", "{\"reason\":\"x\"}").status()).isEqualTo(404);
    assertThat(globex.post(path + "/revisions", "{}").status()).isEqualTo(404);
    assertThat(globex.delete(path).status()).isEqualTo(404);
    Bytes globexBytes = Bytes.as("officer@globex.test");
    assertThat(globexBytes.get(path + "/pdf").status()).isEqualTo(404);
    assertThat(globexBytes.get(path + "/document").status()).isEqualTo(404);
    assertThat(
            globexBytes.post(path + "/document?name=x.pdf", "application/pdf", PDF_BYTES).status())
        .isEqualTo(404);
    // Unknown ids answer exactly the same.
    String missing = BASE + "/" + UUID.randomUUID();
    assertThat(globex.get(missing).status()).isEqualTo(404);

    // The acme file is untouched.
    JsonObject after = officer.get(path).json();
    assertThat(after.getString("status")).isEqualTo("DRAFT");
    assertThat(after.getJsonNumber("version")).isEqualTo(current.getJsonNumber("version"));
  }
}
