package eu.dualis.training.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Deployments;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Courses, requirements, trainees and append-only records make the training matrix; evidence is not
 * deleted (Art. 27); sales staff see nothing and another tenant learns of nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingApiIT extends TrainingApiFixtures {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
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
