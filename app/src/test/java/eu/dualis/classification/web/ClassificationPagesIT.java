package eu.dualis.classification.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import eu.dualis.testing.Api;
import eu.dualis.testing.Browser;
import eu.dualis.testing.BrowserPages;
import eu.dualis.testing.ControlLists;
import eu.dualis.testing.Deployments;
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
 * In a real Chromium: an officer classifies a product, a second officer approves it, a new control
 * list version rewords its entry, the officer sees the flag with the change marked and resolves it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassificationPagesIT extends BrowserPages {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static Page productPage(String user, String productId) {
    return openAs(user, "/app/product.xhtml?id=" + productId);
  }

  private static String importCsv(String csv, String sourceId) {
    var reply =
        Api.as("platform@dualis.test")
            .upload("/api/v1/control-lists?sourceId=" + sourceId, "text/csv", csv);
    org.assertj.core.api.Assertions.assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    return reply.json().getJsonObject("version").getString("id");
  }

  @Test
  void classifyApproveSeeTheFlagAfterANewVersionAndResolveIt() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String v1 =
        importCsv(ControlLists.V1 + "1A001,,UI marker " + marker + "\n", "UI-" + marker + "-A");
    String product =
        Api.as("officer@acme.test")
            .post("/api/v1/products", Api.product("UI encryptor " + marker, "UIC-" + marker))
            .string("id");

    Page officer = productPage("officer@acme.test", product);
    assertThat(officer.locator("#current")).containsText("No approved classification");
    officer.selectOption("[id='classify:version']", v1);
    officer.click("[id='classify:submit']");
    assertThat(officer.locator("[id='classify:rationale-message']")).containsText("required");
    officer.fill("[id='classify:entryCodes']", "5A002.a.1");
    officer.fill("[id='classify:rationale']", "AES-256 bulk encryption is the primary function.");
    officer.click("[id='classify:submit']");
    assertThat(officer.locator("[id='history:rows']")).containsText("DRAFT");
    assertThat(officer.locator("[id='history:rows'] .approve")).hasCount(0);
    Browser.screenshot(officer, "classification-draft");

    Page reviewer = productPage("reviewer@acme.test", product);
    reviewer.locator("[id='history:rows'] .approve").first().click();
    assertThat(reviewer.locator("#current")).containsText("5A002.a.1");
    assertThat(reviewer.locator("#current")).containsText("reviewer@acme.test");

    importCsv(ControlLists.V2 + "1A001,,UI marker " + marker + "\n", "UI-" + marker + "-B");

    officer.navigate(Stack.appUrl() + "/app/review-flags.xhtml");
    var row =
        officer.locator(
            "[id='flags:table'] tr",
            new Page.LocatorOptions().setHasText("UI encryptor " + marker));
    assertThat(row).containsText("5A002.a.1");
    assertThat(row.locator("mark")).containsText("cryptanalysis");
    Browser.screenshot(officer, "review-worklist");
    row.locator(".flag-note")
        .fill("Our product has no cryptanalytic function; 5A002.a.1 still applies.");
    row.locator(".keep").click();
    assertThat(officer.locator("[id='flags:messages']")).containsText("resolved");
    assertThat(officer.locator("[id='flags:table']")).not().containsText("UI encryptor " + marker);
    assertThat(officer.locator("body")).not().containsText("Exception");

    // The control list browser: the version in force, searched by code prefix.
    officer.navigate(Stack.appUrl() + "/app/control-lists.xhtml");
    officer.fill("[id='browser:q']", "5A002.a");
    officer.click("[id='browser:search']");
    assertThat(officer.locator("[id='browser:results']")).containsText("5A002.a.1");
    assertThat(officer.locator("[id='browser:results']")).containsText("WASSENAAR");
    officer
        .locator(
            "[id='browser:results'] .entry-code", new Page.LocatorOptions().setHasText("5A002.a.1"))
        .first()
        .click();
    // The entry across versions: the older wording and the newer one with 'cryptanalysis'.
    assertThat(officer.locator("[id='browser:history']")).containsText("UI-" + marker + "-A");
    assertThat(officer.locator("[id='browser:history']")).containsText("cryptanalysis");
    officer.locator(".category-4").click();
    assertThat(officer.locator("[id='browser:results']")).containsText("4A005");
    assertThat(officer.locator("body")).not().containsText("Exception");
  }

  @Test
  void aPlatformAdminRunsTheWatchJobAndSeesTheRun() {
    Page page = openAs("platform@dualis.test", "/app/job-runs.xhtml");
    page.click("[id='jobs:run-watch']");
    // The page polls; the run appears with its outcome once a node has run it.
    assertThat(page.locator("[id='jobs:runs']"))
        .containsText(
            "control-list-watch",
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(30_000));
    assertThat(page.locator("[id='jobs:runs']"))
        .containsText(
            Pattern.compile("SUCCEEDED|FAILED"),
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(30_000));
    Browser.screenshot(page, "job-runs");
    assertThat(page.locator("body")).not().containsText("Exception");
  }
}
