package eu.dualis.evidence.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.dualis.evidence.verify.PackVerifier;
import eu.dualis.testing.Browser;
import eu.dualis.testing.BrowserPages;
import eu.dualis.testing.Deployments;
import java.io.IOException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A compliance officer requests a pack in a real Chromium, watches it assemble, downloads the ZIP
 * (checked with the verifier) and verifies the stored pack from the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidencePackPagesIT extends BrowserPages {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void officerRequestsAPackDownloadsItAndVerifiesIt() throws IOException {
    String authority = "Office " + UUID.randomUUID().toString().substring(0, 8);
    Page page = openAs("officer@acme.test", "/app/dashboard.xhtml");
    page.click("#nav-evidence");
    page.waitForURL(java.util.regex.Pattern.compile(".*/app/evidence-packs\\.xhtml.*"));
    assertThat(page.locator("h1")).hasText("Evidence packs");

    page.fill("[id='request:authority']", authority);
    page.fill("[id='request:periodTo']", "not a date");
    page.click("[id='request:submit']");
    assertThat(page.locator("body")).containsText("must be a date written YYYY-MM-DD");
    page.fill(
        "[id='request:periodTo']", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    page.click("[id='request:submit']");
    assertThat(page.locator("body")).containsText("The pack was requested");

    Locator row =
        page.locator("[id='packs:table'] tr", new Page.LocatorOptions().setHasText(authority));
    assertThat(row)
        .containsText(
            "Ready",
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(120_000));

    Download zip = page.waitForDownload(() -> row.locator("a[id$=':download']").click());
    org.assertj.core.api.Assertions.assertThat(zip.suggestedFilename()).endsWith(".zip");
    org.assertj.core.api.Assertions.assertThat(PackVerifier.verify(zip.path()).ok()).isTrue();

    row.locator("button[id$=':verify']").click();
    assertThat(
            page.locator("[id='packs:table'] tr", new Page.LocatorOptions().setHasText(authority)))
        .containsText("Verified: every file and the pack hash match");
    assertThat(page.locator("body")).not().containsText("Exception");
    Browser.screenshot(page, "evidence-pack-verified");
  }

  @Test
  void salesStaffHaveNoEvidenceLinkAndNoPage() {
    Page page = openAs("sales@acme.test", "/app/products.xhtml");
    assertThat(page.locator("#nav-evidence")).hasCount(0);
  }
}
