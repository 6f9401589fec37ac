package eu.dualis.evidence.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.evidence.verify.PackVerifier;
import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.EvidencePacks;
import eu.dualis.testing.Exports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An evidence pack from request to verification: 202 and a location, READY with progress, the ZIP's
 * manifest hashes, the PDF's seven chapters and a figure made in the test, a planted formula
 * neutralised in a CSV annex, the verify endpoint, a tampered copy caught by the verifier, refused
 * deletion (Art. 27), field-named 400s, and another tenant that learns nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidencePackApiIT {

  private static final String OFFICER = "officer@acme.test";
  private static final String REVIEWER = "reviewer@acme.test";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private final Api officer = Api.as(OFFICER);
  private final Api otherTenant = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static final List<String> CHAPTERS =
      List.of(
          "1. Top-level management commitment to compliance",
          "2. Organisation structure, responsibilities and resources",
          "3. Training and awareness raising",
          "4. Transaction screening process and procedures",
          "5. Performance review, audits, reporting and corrective actions",
          "6. Recordkeeping and documentation",
          "7. Physical and information security");

  private String readyPack(List<String> destinations, String language) {
    Reply requested =
        officer.post(
            "/api/v1/evidence-packs",
            EvidencePacks.request(
                "CDIU", TODAY.minusDays(1), TODAY, List.of(), destinations, language));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
    String id = requested.string("id");
    assertThat(requested.location()).get().asString().endsWith("/api/v1/evidence-packs/" + id);
    JsonObject pack = EvidencePacks.awaitFinished(officer, id);
    assertThat(pack.getString("status")).as(pack.toString()).isEqualTo("READY");
    assertThat(pack.getInt("stepsDone")).isEqualTo(pack.getInt("stepsTotal")).isPositive();
    return id;
  }

  private static byte[] zip(String id) {
    HttpResponse<byte[]> zip =
        EvidencePacks.download(OFFICER, "/api/v1/evidence-packs/" + id + "/content");
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .contains("evidence-pack-" + id + ".zip");
    return zip.body();
  }

  @Test
  void aPackHoldsThePdfTheAnnexesAndAManifestWhoseHashesMatch() throws IOException {
    String name = "=1+1 Trading " + UUID.randomUUID().toString().substring(0, 8);
    String party = Exports.party(OFFICER, "END_USER", name, "RU");
    String product = Exports.notListedProduct(OFFICER, REVIEWER, false);
    Reply check =
        officer.post(
            "/api/v1/export-checks",
            Exports.request("RU", "Encrypting backups of a hospital", party, product));
    assertThat(check.status()).as(check.toString()).isEqualTo(201);
    assertThat(check.string("determination")).isEqualTo("HOLD");
    String reference = check.json().getString("reference");

    Reply dd =
        officer.post(
            "/api/v1/due-diligence",
            Json.createObjectBuilder()
                .add("exportCheckId", check.string("id"))
                .add("endUserPartyId", party)
                .add("productIds", Json.createArrayBuilder().add(product))
                .add("destination", "RU")
                .add("item", "Backup encryption appliance")
                .add("statedEndUse", "Hospital backups")
                .build()
                .toString());
    assertThat(dd.status()).as(dd.toString()).isEqualTo(201);
    byte[] statement =
        ("%PDF-1.4\n% end-use statement " + name + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(
            EvidencePacks.upload(
                OFFICER,
                "/api/v1/due-diligence/" + dd.string("id") + "/document?name=statement.pdf",
                "application/pdf",
                statement))
        .isEqualTo(200);

    String id = readyPack(List.of("RU"), "en");
    Map<String, byte[]> files = EvidencePacks.unzip(zip(id));
    assertThat(files.get("documents/end-use/" + dd.string("id") + "-statement.pdf"))
        .isEqualTo(statement);

    assertThat(files)
        .containsKeys(
            "pack.pdf",
            "manifest.json",
            "annexes/screenings.csv",
            "annexes/export_checks.csv",
            "annexes/classifications.csv",
            "annexes/training_records.csv",
            "annexes/screenings.xlsx",
            "annexes/export_checks.xlsx",
            "annexes/classifications.xlsx",
            "annexes/training_records.xlsx");
    String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).contains("\"packId\": \"" + id + "\"").contains("\"authority\": \"CDIU\"");
    Matcher m =
        Pattern.compile(
                "\\{\"path\": \"([^\"]+)\", \"size\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"\\}")
            .matcher(manifest);
    int listed = 0;
    java.util.TreeMap<String, String> hashes = new java.util.TreeMap<>();
    while (m.find()) {
      byte[] content = files.get(m.group(1));
      assertThat(content).as(m.group(1)).isNotNull();
      assertThat((long) content.length).isEqualTo(Long.parseLong(m.group(2)));
      assertThat(PackVerifier.hex(PackVerifier.sha256().digest(content))).isEqualTo(m.group(3));
      hashes.put(m.group(1), m.group(3));
      listed++;
    }
    assertThat(listed).isEqualTo(files.size() - 1);
    assertThat(manifest).contains("\"packHash\": \"" + PackVerifier.packHash(hashes) + "\"");
    assertThat(officer.get("/api/v1/evidence-packs/" + id).string("packHash"))
        .isEqualTo(PackVerifier.packHash(hashes));

    // The planted formula comes out as text, never as a formula.
    String screenings = new String(files.get("annexes/screenings.csv"), StandardCharsets.UTF_8);
    assertThat(screenings).contains("\"'" + name + "\"").doesNotContain(",\"" + name + "\"");
    // The XLSX next to it is a workbook whose sheet holds the same neutralised cell.
    Map<String, byte[]> workbook = EvidencePacks.unzip(files.get("annexes/screenings.xlsx"));
    assertThat(workbook)
        .containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    assertThat(new String(workbook.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8))
        .contains("<t xml:space=\"preserve\">'" + name + "</t>");

    // The export check on hold made here is in the annex, and the PDF's hold count is the annex's.
    String checks = new String(files.get("annexes/export_checks.csv"), StandardCharsets.UTF_8);
    List<String> rows = Arrays.asList(checks.split("\r\n"));
    assertThat(rows).anySatisfy(r -> assertThat(r).contains(reference).contains("\"HOLD\""));
    long holds = rows.stream().filter(r -> r.contains(",\"HOLD\",")).count();
    try (var pdf = Loader.loadPDF(files.get("pack.pdf"))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains(CHAPTERS.toArray(String[]::new));
      assertThat(text)
          .contains("Evidence pack")
          .contains(id)
          .contains("Betrokkenheid van het topmanagement bij naleving")
          .contains("Export checks on hold: " + holds)
          .contains("HOLD: " + holds)
          .contains("Training coverage per role");
    }
  }

  @Test
  void theVerifyEndpointSaysOkAndATamperedCopyFailsTheVerifier() throws IOException {
    String id = readyPack(List.of(), "nl");
    Reply verified = officer.post("/api/v1/evidence-packs/" + id + "/verify", "");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    JsonObject v = verified.json();
    assertThat(v.getBoolean("ok")).as(v.toString()).isTrue();
    assertThat(v.getBoolean("packHashOk")).isTrue();
    assertThat(v.getBoolean("contentMatchesRecord")).isTrue();
    assertThat(v.getJsonArray("files").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.getString("status")).isEqualTo("OK"));

    byte[] zip = zip(id);
    Path good = Files.createTempFile("pack", ".zip");
    Files.write(good, zip);
    assertThat(PackVerifier.verify(good).ok()).isTrue();

    Map<String, byte[]> files = EvidencePacks.unzip(zip);
    try (var pdf = Loader.loadPDF(files.get("pack.pdf"))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Bewijsdossier").contains("1. Betrokkenheid van het topmanagement");
    }
    byte[] csv = files.get("annexes/licences.csv");
    csv[1] ^= 1;
    Path tampered = Files.createTempFile("tampered", ".zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tampered))) {
      for (var e : files.entrySet()) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    PackVerifier.Result result = PackVerifier.verify(tampered);
    assertThat(result.ok()).isFalse();
    assertThat(result.files())
        .filteredOn(f -> f.path().equals("annexes/licences.csv"))
        .extracting(PackVerifier.FileCheck::status)
        .containsExactly("MISMATCH");
    assertThat(PackVerifier.verify(new ByteArrayInputStream(zip)).ok()).isTrue();
  }

  @Test
  void theStoredZipCannotBeRewrittenAndALaterPackLeavesItAsItWas() throws Exception {
    String id = readyPack(List.of(), "en");
    String sha = officer.get("/api/v1/evidence-packs/" + id).string("contentSha256");
    try (var c =
            java.sql.DriverManager.getConnection(
                System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        var s = c.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE evidence_pack_content SET content = X'00' WHERE pack_id = '"
                          + id
                          + "'"))
          .hasMessageContaining("append-only");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  s.executeUpdate("DELETE FROM evidence_pack_content WHERE pack_id = '" + id + "'"))
          .hasMessageContaining("append-only");
    }
    String later = readyPack(List.of(), "en");
    assertThat(later).isNotEqualTo(id);
    assertThat(officer.get("/api/v1/evidence-packs/" + id).string("contentSha256")).isEqualTo(sha);
    assertThat(PackVerifier.hex(PackVerifier.sha256().digest(zip(id)))).isEqualTo(sha);
    assertThat(officer.post("/api/v1/evidence-packs/" + id + "/verify", "").json().getBoolean("ok"))
        .isTrue();
  }

  @Test
  void aPackIsListedAndCannotBeDeleted() {
    String id = readyPack(List.of(), "en");
    Reply list = officer.get("/api/v1/evidence-packs?size=200");
    assertThat(Api.containsId(list.items(), id)).isTrue();
    Reply delete = officer.delete("/api/v1/evidence-packs/" + id);
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.body()).contains("Art. 27");
    assertThat(officer.get("/api/v1/evidence-packs/" + id).string("status")).isEqualTo("READY");
  }

  @Test
  void badInputIsA400NamingTheFieldAndNothingIsRequested() {
    String before = officer.get("/api/v1/evidence-packs?size=1").json().toString();
    Reply reply =
        officer.post(
            "/api/v1/evidence-packs",
            Json.createObjectBuilder()
                .add("authority", "")
                .add("periodFrom", "2026-13-01")
                .add("periodTo", "2026-01-01")
                .add("language", "fr")
                .build()
                .toString());
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("periodFrom");
    Reply second =
        officer.post(
            "/api/v1/evidence-packs",
            EvidencePacks.request(
                " ", TODAY, TODAY.minusDays(1), List.of("5A002"), List.of("XYZ"), "fr"));
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.body())
        .contains("authority")
        .contains("periodTo")
        .contains("destinations")
        .contains("language");
    assertThat(officer.get("/api/v1/evidence-packs?size=1").json().toString()).isEqualTo(before);
  }

  @Test
  void onlyComplianceOfficersRequestPacks() {
    Reply reply =
        Api.as("sales@acme.test")
            .post(
                "/api/v1/evidence-packs",
                EvidencePacks.request("BAFA", TODAY, TODAY, List.of(), List.of(), "en"));
    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void anotherTenantCanNeitherReadNorDownloadNorVerifyNorListAPack() {
    String id = readyPack(List.of(), "en");
    Reply missing = otherTenant.get("/api/v1/evidence-packs/" + UUID.randomUUID());
    Reply foreign = otherTenant.get("/api/v1/evidence-packs/" + id);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.body()).isEqualTo(missing.body().replaceAll("[0-9a-f-]{36}", id));
    assertThat(
            EvidencePacks.download(
                    "officer@globex.test", "/api/v1/evidence-packs/" + id + "/content")
                .statusCode())
        .isEqualTo(404);
    assertThat(otherTenant.post("/api/v1/evidence-packs/" + id + "/verify", "").status())
        .isEqualTo(404);
    assertThat(otherTenant.delete("/api/v1/evidence-packs/" + id).status()).isEqualTo(404);
    assertThat(Api.containsId(otherTenant.get("/api/v1/evidence-packs?size=200").items(), id))
        .isFalse();
  }
}
