package eu.dualis.duediligence.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import eu.dualis.testing.Api;
import eu.dualis.testing.Browser;
import eu.dualis.testing.BrowserPages;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.Stack;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An officer fills a due-diligence file through its steps in a real Chromium and decides it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DueDiligencePagesIT extends BrowserPages {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void officerOpensAFileFromAnExportCheckLinkFillsTheStepsAndDecides() {
    Api api = Api.as("officer@acme.test");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String endUser =
        api.post(
                "/api/v1/parties",
                "{\"role\":\"END_USER\",\"type\":\"ORGANISATION\",\"name\":\"Harbour Authority "
                    + suffix
                    + "\",\"country\":\"AE\"}")
            .string("id");
    String product =
        api.post("/api/v1/products", Api.product("Camera " + suffix, "UI-DD-" + suffix))
            .string("id");

    Page page = openAs("officer@acme.test", "/app/due-diligence-files.xhtml");
    assertThat(page.locator("h1")).hasText("Due-diligence files");
    // The link the export check result gives: straight on to a new file, prefilled.
    page.navigate(
        Stack.appUrl()
            + "/app/due-diligence-files.xhtml?exportCheck=chk-"
            + suffix
            + "&endUser="
            + endUser
            + "&product="
            + product
            + "&destination=AE");
    page.waitForURL(Pattern.compile(".*/app/due-diligence\\.xhtml.*"));
    assertThat(page.locator("[id='dd:destination']")).hasValue("AE");
    assertThat(page.locator("[id='dd:endUser']")).hasValue(endUser);
    assertThat(page.locator("[id='dd:exportCheck']")).hasValue("chk-" + suffix);

    page.fill("[id='dd:item']", "Network camera with facial recognition option");
    page.fill("[id='dd:statedEndUse']", "Port security of the harbour authority");
    page.click("[id='dd:save']");
    page.waitForURL(Pattern.compile(".*/app/due-diligence\\.xhtml\\?.*id=.*"));
    assertThat(page.locator("#dd-status")).hasText("Draft");

    int flags = page.locator("select[id$=':answer']").count();
    for (int i = 0; i < flags; i++) {
      page.selectOption("[id='dd:flags:" + i + ":answer']", "ABSENT");
    }
    page.selectOption("[id='dd:flags:0:answer']", "PRESENT");
    page.click("[id='dd:save']");
    assertThat(page.locator("body")).containsText("is required when the red flag is PRESENT");
    page.fill("[id='dd:flags:0:evidence']", "Port police is a unit of the interior ministry");
    page.selectOption("[id='dd:riskLevel']", "MEDIUM");
    page.fill("[id='dd:riskAssessment']", "Civil port security; police access limited");
    page.fill("[id='dd:mitigations']", "Facial recognition disabled by licence");
    page.click("[id='dd:save']");
    assertThat(page.locator("body")).containsText("The due-diligence file was saved.");

    page.setInputFiles(
        "[id='upload:file']",
        new FilePayload(
            "statement.pdf",
            "application/pdf",
            "%PDF-1.4\n% signed statement\n".getBytes(StandardCharsets.US_ASCII)));
    page.click("[id='upload:upload-button']");
    assertThat(page.locator("#document-info")).containsText("statement.pdf");

    page.selectOption("[id='decide:decision']", "PROCEED");
    page.fill("[id='decide:rationale']", "Mitigated: recognition disabled");
    page.click("[id='decide:decide-button']");
    assertThat(page.locator("#dd-status")).hasText("Decided, awaiting approval");
    assertThat(page.locator("#decision-text")).containsText("Proceed");
    // The officer who decided is not offered an approval that four eyes would refuse anyway.
    page.click("[id='approval:approve']");
    assertThat(page.locator("body")).containsText("Four eyes");

    Download pdf = page.waitForDownload(() -> page.click("#pdf"));
    org.assertj.core.api.Assertions.assertThat(pdf.suggestedFilename()).endsWith(".pdf");
    assertThat(page.locator("body")).not().containsText("Exception");
    Browser.screenshot(page, "due-diligence-decided");
  }
}
