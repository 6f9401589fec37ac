package eu.dualis.training.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A CSV import lands all rows or none; certificates are checked, kept once and downloaded. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingImportIT extends TrainingApiFixtures {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void anImportLandsAllRowsOrNoneAndNamesEveryLine() {
    String u = unique();
    course("Import " + u, 12);
    String header = "email,name,role,course,completed_on,result,score\n";
    String good = "new-" + u + "@acme.test,New " + u + ",Logistics " + u + ",Import " + u + ",";
    String bad =
        header
            + good
            + TODAY.minusDays(3)
            + ",PASSED,70\n"
            + "x-"
            + u
            + "@acme.test,X,sales,Nope "
            + u
            + ","
            + TODAY
            + ",PASSED,101\n"
            + "y-"
            + u
            + "@acme.test,,,Import "
            + u
            + ","
            + TODAY
            + ",ATTENDED,\n";
    Reply refused = officer.upload("/api/v1/training-records/import", "text/csv", bad);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(fields(refused))
        .containsExactly("line 3: score", "line 3: course", "line 4: name", "line 4: role");
    assertThat(refused.json().getString("detail")).contains("line 3: course: no course titled");
    assertThat(
            officer
                .get("/api/v1/trainees?q=" + URLEncoder.encode("new-" + u, StandardCharsets.UTF_8))
                .json()
                .getInt("total"))
        .isZero();

    String ok =
        header
            + good
            + TODAY.minusDays(3)
            + ",PASSED,70\n"
            + good
            + TODAY.minusDays(1)
            + ",FAILED,40\n";
    Reply imported = officer.upload("/api/v1/training-records/import", "text/csv", ok);
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getInt("records")).isEqualTo(2);
    assertThat(imported.json().getInt("traineesCreated")).isEqualTo(1);
    JsonObject created =
        officer.get("/api/v1/trainees?q=new-" + u).json().getJsonArray("items").getJsonObject(0);
    assertThat(created.getString("role")).isEqualTo("logistics " + u);
    assertThat(
            officer
                .get("/api/v1/training-records?traineeId=" + created.getString("id"))
                .json()
                .getInt("total"))
        .isEqualTo(2);

    assertThat(
            officer
                .upload("/api/v1/training-records/import", "text/csv", "name,email\nx,y\n")
                .status())
        .isEqualTo(400);
    String huge = header + ("z@acme.test,Z,z,Z," + TODAY + ",PASSED,\n").repeat(200_000);
    assertThat(officer.upload("/api/v1/training-records/import", "text/csv", huge).status())
        .isEqualTo(413);
    assertThat(auditor.upload("/api/v1/training-records/import", "text/csv", ok).status())
        .isEqualTo(403);
  }

  @Test
  void aCertificateIsCheckedKeptOnceAndDownloadedAsUploaded() {
    String u = unique();
    String c = course("Cert " + u, 12);
    String t = trainee("Gil " + u, "gil-" + u + "@acme.test", "sales");
    String r = recorded(t, c, TODAY, "PASSED");
    String path = "/api/v1/training-records/" + r + "/certificate";
    String pdf = "%PDF-1.4 certificate of " + u;

    assertThat(officer.upload(path, "text/plain", "hello").status()).isEqualTo(415);
    Reply disguised = officer.upload(path + "?filename=c.png", "image/png", pdf);
    assertThat(disguised.status()).isEqualTo(400);
    assertThat(fields(disguised)).containsExactly("content");
    String tooLarge = "%PDF-1.4 " + "x".repeat(10 * 1024 * 1024);
    assertThat(officer.upload(path + "?filename=c.pdf", "application/pdf", tooLarge).status())
        .isEqualTo(413);
    assertThat(officer.get(path).status()).isEqualTo(404);

    Reply kept = officer.upload(path + "?filename=cert.pdf", "application/pdf", pdf);
    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    assertThat(kept.json().getString("sha256")).hasSize(64);
    assertThat(kept.json().getString("filename")).isEqualTo("cert.pdf");
    HttpResponse<String> download = download("auditor@acme.test", path);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/pdf");
    assertThat(download.headers().firstValue("X-Content-SHA256"))
        .contains(kept.json().getString("sha256"));

    Reply second = officer.upload(path + "?filename=other.pdf", "application/pdf", pdf);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().getString("detail")).contains("Art. 27");
  }
}
