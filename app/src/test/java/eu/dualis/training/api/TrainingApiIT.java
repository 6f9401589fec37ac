package eu.dualis.training.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.Stack;
import eu.dualis.testing.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Courses, requirements, trainees and append-only records make the training matrix; a CSV import
 * lands all rows or none; certificates are checked; evidence is not deleted (Art. 27); sales staff
 * see nothing and another tenant learns of nothing. Every test uses its own role, course titles and
 * e-mails, since the demo tenants are shared.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingApiIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private final Api officer = Api.as("officer@acme.test");
  private final Api auditor = Api.as("auditor@acme.test");
  private final Api sales = Api.as("sales@acme.test");
  private final Api globex = Api.as("officer@globex.test");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private String course(String title, Integer validityMonths) {
    Reply r =
        officer.post(
            "/api/v1/courses",
            "{\"title\":\""
                + title
                + "\",\"kind\":\"awareness\",\"validityMonths\":"
                + validityMonths
                + ",\"owner\":\"Export control officer\",\"description\":\"Dual-use basics\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  private String trainee(String name, String email, String role) {
    Reply r =
        officer.post(
            "/api/v1/trainees",
            "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  private String require(String role, String courseId) {
    Reply r =
        officer.post(
            "/api/v1/course-requirements",
            "{\"role\":\"" + role + "\",\"courseId\":\"" + courseId + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  private Reply record(String traineeId, String courseId, LocalDate on, String result) {
    return officer.post(
        "/api/v1/training-records",
        "{\"traineeId\":\""
            + traineeId
            + "\",\"courseId\":\""
            + courseId
            + "\",\"completedOn\":\""
            + on
            + "\",\"result\":\""
            + result
            + "\",\"score\":80}");
  }

  private String recorded(String traineeId, String courseId, LocalDate on, String result) {
    Reply r = record(traineeId, courseId, on, result);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  private static JsonObject roleTotals(JsonObject matrix, String role) {
    return matrix.getJsonArray("byRole").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> role.equals(t.getString("role")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no totals for role " + role + " in " + matrix));
  }

  /** A download as a browser asks for it, without the JSON client's Accept header. */
  private static HttpResponse<String> download(String user, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(Stack.appUrl() + path))
                  .header("Authorization", "Bearer " + Tokens.of(user))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fields(Reply problem) {
    return problem.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void recordsMakeTheMatrixOfTheirRole() {
    String u = unique();
    String role = "it role " + u;
    String yearly = course("Awareness " + u, 12);
    String once = course("Induction " + u, null);
    require(" IT  Role " + u.toUpperCase() + " ", yearly);
    require(role, once);
    String ann = trainee("Ann " + u, "ann-" + u + "@acme.test", role);
    String bob = trainee("Bob " + u, "bob-" + u + "@acme.test", role.toUpperCase());
    String cy = trainee("Cy " + u, "cy-" + u + "@acme.test", role);
    String gone = trainee("Dee " + u, "dee-" + u + "@acme.test", role);

    String annYearly = recorded(ann, yearly, TODAY.minusDays(30), "PASSED");
    recorded(ann, once, TODAY.minusYears(3), "ATTENDED");
    recorded(bob, yearly, TODAY.minusMonths(11), "PASSED");
    recorded(cy, yearly, TODAY.minusMonths(2), "PASSED");
    recorded(cy, yearly, TODAY.minusDays(1), "FAILED");
    assertThat(officer.delete("/api/v1/trainees/" + gone).json().getBoolean("active")).isFalse();

    JsonObject read = officer.get("/api/v1/training-records/" + annYearly).json();
    assertThat(read.getString("expiresOn"))
        .isEqualTo(TODAY.minusDays(30).plusMonths(12).toString());
    assertThat(read.getString("role")).isEqualTo(role);
    assertThat(read.getString("recordedBy")).isEqualTo("officer@acme.test");

    JsonObject matrix = officer.get("/api/v1/training-matrix").json();
    JsonObject totals = roleTotals(matrix, role);
    assertThat(totals.getInt("trainees")).isEqualTo(3);
    assertThat(totals.getInt("requiredCells")).isEqualTo(6);
    assertThat(totals.getInt("currentCells")).isEqualTo(2);
    assertThat(totals.getInt("expiringCells")).isEqualTo(1);
    assertThat(totals.getInt("overdueCells")).isEqualTo(1);
    assertThat(totals.getInt("missingCells")).isEqualTo(2);
    assertThat(matrix.toString()).doesNotContain(gone);

    // A year on, Ann's awareness has expired; the induction does not expire.
    JsonObject later = officer.get("/api/v1/training-matrix?on=" + TODAY.plusYears(1)).json();
    assertThat(roleTotals(later, role).getInt("overdueCells")).isEqualTo(3);
    assertThat(roleTotals(later, role).getInt("currentCells")).isEqualTo(1);
    // Before any record, everything is missing.
    JsonObject earlier = officer.get("/api/v1/training-matrix?on=" + TODAY.minusYears(5)).json();
    assertThat(roleTotals(earlier, role).getInt("missingCells")).isEqualTo(6);

    var annRecords = officer.get("/api/v1/training-records?traineeId=" + ann).json();
    assertThat(annRecords.getJsonNumber("total").longValue()).isEqualTo(2);
    var period =
        officer.get(
            "/api/v1/training-records?courseId="
                + yearly
                + "&from="
                + TODAY.minusDays(30)
                + "&to="
                + TODAY);
    assertThat(period.json().getJsonNumber("total").longValue()).isEqualTo(2);

    assertThat(auditor.get("/api/v1/training-matrix").status()).isEqualTo(200);
    assertThat(auditor.get("/api/v1/training-records/" + annYearly).status()).isEqualTo(200);
    assertThat(record(ann, yearly, TODAY, "PASSED").status()).isEqualTo(201);
    assertThat(auditor.post("/api/v1/training-records", "{}").status()).isEqualTo(403);
  }

  @Test
  void badInputIsRefusedNamingTheFieldsAndChangesNothing() {
    String u = unique();
    Reply course =
        officer.post(
            "/api/v1/courses", "{\"title\":\" \",\"kind\":\"SEMINAR\",\"validityMonths\":0}");
    assertThat(course.status()).isEqualTo(400);
    assertThat(fields(course))
        .containsExactlyInAnyOrder("kind", "title", "validityMonths", "owner");

    String c = course("Specialist " + u, 24);
    Reply again =
        officer.post(
            "/api/v1/courses",
            "{\"title\":\"Specialist " + u + "\",\"kind\":\"SPECIALIST\",\"owner\":\"x\"}");
    assertThat(again.status()).isEqualTo(409);

    String t = trainee("Eve " + u, "eve-" + u + "@acme.test", "sales");
    Reply twin =
        officer.post(
            "/api/v1/trainees",
            "{\"name\":\"Eve\",\"email\":\"EVE-" + u + "@acme.test\",\"role\":\"sales\"}");
    assertThat(twin.status()).isEqualTo(409);
    Reply badTrainee = officer.post("/api/v1/trainees", "{\"name\":\"X\",\"email\":\"no-at\"}");
    assertThat(fields(badTrainee)).containsExactlyInAnyOrder("email", "role");

    Reply bad =
        officer.post(
            "/api/v1/training-records",
            "{\"traineeId\":\""
                + t
                + "\",\"courseId\":\""
                + c
                + "\",\"completedOn\":\"01-02-2026\",\"result\":\"GOOD\",\"score\":101}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(fields(bad)).containsExactlyInAnyOrder("completedOn", "result", "score");
    Reply future = record(t, c, TODAY.plusDays(2), "PASSED");
    assertThat(fields(future)).containsExactly("completedOn");
    Reply unknown = record(t, "no-such-course", TODAY, "PASSED");
    assertThat(fields(unknown)).containsExactly("courseId");
    assertThat(officer.get("/api/v1/training-records?traineeId=" + t).json().getInt("total"))
        .isZero();

    JsonObject read = officer.get("/api/v1/courses/" + c).json();
    Reply stale =
        officer.put(
            "/api/v1/courses/" + c,
            "{\"title\":\"Specialist "
                + u
                + "\",\"kind\":\"SPECIALIST\",\"owner\":\"x\",\"version\":"
                + (read.getInt("version") + 1)
                + "}");
    assertThat(stale.status()).isEqualTo(409);
    Reply revised =
        officer.put(
            "/api/v1/courses/" + c,
            "{\"title\":\"Specialist "
                + u
                + "\",\"kind\":\"SPECIALIST\",\"validityMonths\":36,\"owner\":\"x\",\"version\":"
                + read.getInt("version")
                + "}");
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(revised.json().getInt("validityMonths")).isEqualTo(36);
  }

  @Test
  void aCourseWithRecordsIsEvidenceAndCannotBeDeleted() {
    String u = unique();
    String kept = course("Kept " + u, 12);
    String unused = course("Unused " + u, 12);
    String requirement = require("dock " + u, unused);
    String t = trainee("Fay " + u, "fay-" + u + "@acme.test", "dock " + u);
    recorded(t, kept, TODAY, "PASSED");

    Reply refused = officer.delete("/api/v1/courses/" + kept);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().getString("detail")).contains("Art. 27");
    assertThat(officer.get("/api/v1/courses/" + kept).status()).isEqualTo(200);

    assertThat(officer.delete("/api/v1/courses/" + unused).status()).isEqualTo(204);
    assertThat(officer.get("/api/v1/courses/" + unused).status()).isEqualTo(404);
    assertThat(officer.get("/api/v1/course-requirements").body()).doesNotContain(requirement);
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

  @Test
  void salesStaffHaveNoAccess() {
    for (String path :
        List.of(
            "/api/v1/courses",
            "/api/v1/trainees",
            "/api/v1/course-requirements",
            "/api/v1/training-records",
            "/api/v1/training-matrix",
            "/api/v1/training-reminders")) {
      assertThat(sales.get(path).status()).as(path).isEqualTo(403);
      assertThat(auditor.get(path).status()).as(path).isEqualTo(200);
    }
    assertThat(auditor.post("/api/v1/courses", "{}").status()).isEqualTo(403);
    assertThat(sales.post("/api/v1/trainees", "{}").status()).isEqualTo(403);
    assertThat(officer.post("/api/v1/job-runs/training-reminders", null).status()).isEqualTo(403);
  }

  @Test
  void anotherTenantLearnsOfNothing() {
    String u = unique();
    String role = "secret role " + u;
    String c = course("Secret " + u, 12);
    String req = require(role, c);
    String t = trainee("Hal " + u, "hal-" + u + "@acme.test", role);
    String r = recorded(t, c, TODAY, "PASSED");
    String cert = "/api/v1/training-records/" + r + "/certificate";
    assertThat(officer.upload(cert + "?filename=c.pdf", "application/pdf", "%PDF-1.4 x").status())
        .isEqualTo(201);

    assertThat(globex.get("/api/v1/courses/" + c).status()).isEqualTo(404);
    assertThat(
            globex
                .put(
                    "/api/v1/courses/" + c,
                    "{\"title\":\"Mine\",\"kind\":\"AWARENESS\",\"owner\":\"x\",\"version\":0}")
                .status())
        .isEqualTo(404);
    assertThat(globex.delete("/api/v1/courses/" + c).status()).isEqualTo(404);
    assertThat(globex.get("/api/v1/courses").body()).doesNotContain(c).doesNotContain(u);

    assertThat(globex.get("/api/v1/trainees/" + t).status()).isEqualTo(404);
    assertThat(
            globex
                .put(
                    "/api/v1/trainees/" + t,
                    "{\"name\":\"X\",\"email\":\"x@globex.test\",\"role\":\"x\",\"version\":0}")
                .status())
        .isEqualTo(404);
    assertThat(globex.delete("/api/v1/trainees/" + t).status()).isEqualTo(404);
    assertThat(globex.get("/api/v1/trainees?q=hal-" + u).json().getInt("total")).isZero();
    assertThat(officer.get("/api/v1/trainees/" + t).json().getBoolean("active")).isTrue();

    assertThat(globex.get("/api/v1/course-requirements").body()).doesNotContain(req);
    assertThat(globex.delete("/api/v1/course-requirements/" + req).status()).isEqualTo(404);
    Reply foreignRequire =
        globex.post("/api/v1/course-requirements", "{\"role\":\"x\",\"courseId\":\"" + c + "\"}");
    assertThat(foreignRequire.status()).isEqualTo(404);

    assertThat(globex.get("/api/v1/training-records/" + r).status()).isEqualTo(404);
    assertThat(globex.get("/api/v1/training-records?traineeId=" + t).json().getInt("total"))
        .isZero();
    Reply foreignRecord =
        globex.post(
            "/api/v1/training-records",
            "{\"traineeId\":\""
                + t
                + "\",\"courseId\":\""
                + c
                + "\",\"completedOn\":\""
                + TODAY
                + "\",\"result\":\"PASSED\"}");
    assertThat(foreignRecord.status()).isEqualTo(400);
    assertThat(fields(foreignRecord)).containsExactlyInAnyOrder("traineeId", "courseId");
    assertThat(download("officer@globex.test", cert).statusCode()).isEqualTo(404);
    assertThat(globex.upload(cert, "application/pdf", "%PDF-1.4 y").status()).isEqualTo(404);
    assertThat(globex.upload(cert, "text/plain", "y").status()).isEqualTo(404);

    String matrix = globex.get("/api/v1/training-matrix").body();
    assertThat(matrix).doesNotContain(role).doesNotContain(t);
    String csv =
        "email,name,role,course,completed_on,result,score\nhal-"
            + u
            + "@acme.test,Hal,x,Secret "
            + u
            + ","
            + TODAY
            + ",PASSED,\n";
    Reply foreignImport = globex.upload("/api/v1/training-records/import", "text/csv", csv);
    assertThat(foreignImport.status()).isEqualTo(400);
    assertThat(fields(foreignImport)).containsExactly("line 2: course");
    assertThat(officer.get("/api/v1/training-records?traineeId=" + t).json().getInt("total"))
        .isEqualTo(1);
  }
}
