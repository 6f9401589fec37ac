package eu.dualis.exportcheck.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import eu.dualis.testing.Browser;
import eu.dualis.testing.BrowserPages;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.Exports;
import eu.dualis.testing.Stack;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real Chromium, one export from check to release: the officer checks an export of a
 * non-listed cyber-surveillance item, the result says "due diligence required" under Art. 5; the
 * officer opens the due-diligence file from the result, completes and decides it; a second officer
 * approves it; the re-run check releases the export and the first result stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportCheckPagesIT extends BrowserPages {

  private static final String OFFICER = "officer@acme.test";
  private static final String REVIEWER = "reviewer@acme.test";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void anExportGoesFromDueDiligenceRequiredToReleaseInTheBrowser() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String product = Exports.notListedProduct(OFFICER, REVIEWER, true);
    String endUser =
        Exports.party(OFFICER, "END_USER", "Brightwater Retail Analytics " + suffix, "QA");
    String reference = "SO-" + suffix;

    Page officer = openAs(OFFICER, "/app/export-check.xhtml");
    officer.click("[id='export:run']");
    assertThat(officer.locator("[id='export:reference-message']")).containsText("required");
    assertThat(
            officer
                .locator(
                    "[id='export:lines:0:productId-message'], [id='export:lines'] .ui-message-error")
                .first())
        .isVisible();

    officer.fill("[id='export:reference']", reference);
    officer.selectOption("[id='export:destination']", "QA");
    officer.fill("[id='export:endUse']", "Footfall counting in shopping malls");
    officer.selectOption("[id='export:endUser']", endUser);
    officer.selectOption("[id='export:lines:0:productId']", product);
    officer.fill("[id='export:lines:0:quantity']", "3");
    officer.fill("[id='export:lines:0:value']", "45000");
    officer.click("[id='export:run']");

    assertThat(officer.locator("#determination-label")).hasText("Due diligence required");
    assertThat(officer.locator("#line-0")).containsText("Art. 5(1), Art. 5(2)");
    assertThat(officer.locator("#line-0")).containsText("non-listed cyber-surveillance item");
    Browser.screenshot(officer, "export-check-due-diligence-required");
    String firstCheckUrl = officer.url();

    officer.click("#open-dd-0");
    String fileUrl = completeDueDiligence(officer);

    Page reviewer = openAs(REVIEWER, "/app/due-diligence-files.xhtml");
    assertThat(reviewer.locator("[id='dd-files:table']"))
        .containsText("Brightwater Retail Analytics " + suffix);
    reviewer.navigate(fileUrl);
    reviewer.click("[id='approval:approve']");
    assertThat(reviewer.locator("#dd-status")).hasText("Approved");
    Browser.screenshot(reviewer, "due-diligence-approved");

    officer.navigate(firstCheckUrl);
    officer.click("[id='result:rerun']");
    assertThat(officer.locator("#determination-label")).hasText("Release");
    assertThat(officer.locator("#line-0")).containsText("approved with the decision to proceed");
    assertThat(officer.locator("#history li")).hasCount(2);
    Browser.screenshot(officer, "export-check-released");

    officer.navigate(firstCheckUrl);
    assertThat(officer.locator("#determination-label")).hasText("Due diligence required");
    assertThat(officer.locator("#superseded")).isVisible();

    officer.navigate(Stack.appUrl() + "/app/export-checks.xhtml");
    assertThat(officer.locator("[id='checks:table']")).containsText(reference);
    assertThat(officer.locator("body")).not().containsText("Exception");
  }

  @Test
  void theDashboardShowsAHeldExportToItsOwnTenantOnly() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String unclassified = Exports.unclassifiedProduct(OFFICER);
    String endUser = Exports.party(OFFICER, "END_USER", "Osprey Instruments " + suffix, "BR");
    String body = Exports.request("BR", "Laboratory measurements", endUser, unclassified);
    String reference =
        jakarta.json.Json.createReader(new java.io.StringReader(body))
            .readObject()
            .getString("reference");
    var held = eu.dualis.testing.Api.as(OFFICER).post("/api/v1/export-checks", body);
    org.assertj.core.api.Assertions.assertThat(held.json().getString("determination"))
        .isEqualTo("HOLD");

    Page officer = openAs(OFFICER, "/app/dashboard.xhtml");
    assertThat(officer.locator(".exports-HOLD")).containsText(reference);
    officer.locator(".exports-HOLD a", new Page.LocatorOptions().setHasText(reference)).click();
    assertThat(officer.locator("#determination-label")).hasText("Hold");
    assertThat(officer.locator("#line-0")).containsText("Art. 3(1), Annex I");

    Page globex = openAs("officer@globex.test", "/app/dashboard.xhtml");
    assertThat(globex.locator("h1")).hasText("Compliance dashboard");
    assertThat(globex.locator("body")).not().containsText(reference);

    Page sales = openAs("sales@acme.test", "/app/export-checks.xhtml");
    assertThat(sales.locator("[id='checks:table']")).containsText(reference);
    org.assertj.core.api.Assertions.assertThat(
            sales.navigate(Stack.appUrl() + "/app/dashboard.xhtml").status())
        .as("the dashboard shows due-diligence files and notifications: not for sales")
        .isEqualTo(403);
  }

  /**
   * Fills the guided due-diligence form the check's link opened (prefilled with the check, end
   * user, product and destination), decides to proceed, and returns the file's address.
   */
  private static String completeDueDiligence(Page officer) {
    officer.waitForURL(Pattern.compile(".*/app/due-diligence\\.xhtml.*"));
    assertThat(officer.locator("[id='dd:destination']")).hasValue("QA");
    officer.fill(
        "[id='dd:item']", "Video analytics server; face matching switchable by licence key");
    officer.fill("[id='dd:statedEndUse']", "Footfall counting in shopping malls");
    officer.click("[id='dd:save']");
    officer.waitForURL(Pattern.compile(".*/app/due-diligence\\.xhtml\\?.*id=.*"));
    // After a postback the address bar no longer names the file; keep its address now.
    String fileUrl = officer.url();
    int flags = officer.locator("select[id$=':answer']").count();
    for (int i = 0; i < flags; i++) {
      officer.selectOption("[id='dd:flags:" + i + ":answer']", "ABSENT");
    }
    officer.selectOption("[id='dd:riskLevel']", "LOW");
    officer.fill("[id='dd:riskAssessment']", "Retail chain; site visit confirmed the civil use");
    officer.fill("[id='dd:mitigations']", "Face matching disabled; re-export clause signed");
    officer.click("[id='dd:save']");
    assertThat(officer.locator("body")).containsText("The due-diligence file was saved.");
    officer.selectOption("[id='decide:decision']", "PROCEED");
    officer.fill(
        "[id='decide:rationale']", "Civil use verified on site; mitigations in the contract");
    officer.click("[id='decide:decide-button']");
    assertThat(officer.locator("#dd-status")).hasText("Decided, awaiting approval");
    return fileUrl;
  }
}
