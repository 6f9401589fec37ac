package eu.dualis.training.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import eu.dualis.testing.Api;
import eu.dualis.testing.Api.Reply;
import eu.dualis.testing.Browser;
import eu.dualis.testing.BrowserPages;
import eu.dualis.testing.Deployments;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real Chromium: a trainee's required course shows as missing in the matrix; an officer
 * records the training on the page and the cell turns current; the page reads in Dutch too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingPagesIT extends BrowserPages {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static String created(Api api, String path, String json) {
    Reply r = api.post(path, json);
    org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.string("id");
  }

  @Test
  void recordingATrainingTurnsTheCellCurrent() {
    String u = UUID.randomUUID().toString().substring(0, 8);
    String role = "page role " + u;
    String email = "page-" + u + "@acme.test";
    Api officerApi = Api.as("officer@acme.test");
    String course =
        created(
            officerApi,
            "/api/v1/courses",
            "{\"title\":\"Page course "
                + u
                + "\",\"kind\":\"SPECIALIST\",\"validityMonths\":24,\"owner\":\"ECO\"}");
    created(
        officerApi,
        "/api/v1/course-requirements",
        "{\"role\":\"" + role + "\",\"courseId\":\"" + course + "\"}");
    String trainee =
        created(
            officerApi,
            "/api/v1/trainees",
            "{\"name\":\"Page " + u + "\",\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");

    Page page = openAs("officer@acme.test", "/app/training.xhtml");
    Locator cell = page.locator("#matrix tr[data-email='" + email + "'] td.cell");
    assertThat(cell).hasClass(java.util.regex.Pattern.compile(".*cell-MISSING.*"));
    assertThat(cell).containsText("Missing");

    page.selectOption("[id='record:traineeId']", trainee);
    page.selectOption("[id='record:courseId']", course);
    page.fill("[id='record:completedOn']", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString());
    page.click("[id='record:save']");
    assertThat(page.locator("body")).containsText("must not be in the future");

    page.selectOption("[id='record:traineeId']", trainee);
    page.selectOption("[id='record:courseId']", course);
    page.fill("[id='record:completedOn']", LocalDate.now(ZoneOffset.UTC).toString());
    page.fill("[id='record:score']", "88");
    page.click("[id='record:save']");
    assertThat(page.locator("body")).containsText("The training was recorded.");
    assertThat(cell).hasClass(java.util.regex.Pattern.compile(".*cell-CURRENT.*"));
    Browser.screenshot(page, "training-matrix");

    page.locator(".shell-language a").filter(new Locator.FilterOptions().setHasText("NL")).click();
    assertThat(page.locator("h1")).containsText("Training");
    assertThat(page.locator("#matrix tr[data-email='" + email + "'] td.cell"))
        .containsText("Geldig");
    assertThat(page.locator("body")).not().containsText("Exception");

    String csv =
        "email,name,role,course,completed_on,result,score\n"
            + "csv-"
            + u
            + "@acme.test,Csv "
            + u
            + ","
            + role
            + ",No such course "
            + u
            + ","
            + LocalDate.now(ZoneOffset.UTC)
            + ",PASSED,\n";
    page.setInputFiles(
        "[id='import:file']",
        new FilePayload("records.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    page.click("[id='import:import-button']");
    assertThat(page.locator("[id='import:import-messages']"))
        .containsText("line 2: course: no course titled");
    page.setInputFiles(
        "[id='import:file']",
        new FilePayload(
            "records.csv",
            "text/csv",
            csv.replace("No such course " + u, "Page course " + u)
                .getBytes(StandardCharsets.UTF_8)));
    page.click("[id='import:import-button']");
    assertThat(page.locator("body"))
        .containsText("1 registratie(s) geïmporteerd; 1 nieuwe cursist(en).");
    assertThat(page.locator("#matrix tr[data-email='csv-" + u + "@acme.test'] td.cell"))
        .hasClass(java.util.regex.Pattern.compile(".*cell-CURRENT.*"));

    Page sales = openAs("sales@acme.test", "/app/products.xhtml");
    assertThat(sales.locator("#nav-training")).hasCount(0);
  }
}
