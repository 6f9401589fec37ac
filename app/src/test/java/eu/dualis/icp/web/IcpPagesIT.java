package eu.dualis.icp.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.dualis.testing.Browser;
import eu.dualis.testing.BrowserPages;
import eu.dualis.testing.Deployments;
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
 * In a real Chromium: an officer opens the ICP page from the navigation, records the management's
 * commitment statement (a missing field is named at its input first) and sees element 1 turn
 * complete and current; the page reads in Dutch too. Other ICP records of acme are dated years ago
 * (IcpApiIT), so element 1 is not current today until this test signs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IcpPagesIT extends BrowserPages {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void anOfficerRecordsTheCommitmentStatementAndElementOneTurnsComplete() {
    Page officer = openAs("officer@acme.test", "/app/dashboard.xhtml");
    officer.click("#nav-icp");
    Locator badge = officer.locator(".icp-badge[data-element='1']");
    assertThat(badge).not().hasAttribute("data-state", "current");
    assertThat(officer.locator("#element-1")).containsText("Rec. 2019/1318, element 1");

    officer.locator("#element-1 input.icp-open").click();
    String text = "We comply with dual-use export controls " + UUID.randomUUID();
    officer.fill("[id='s1:signedByName']", "J. Board");
    officer.fill("[id='s1:signedByFunction']", "Managing director");
    officer.fill("[id='s1:signedOn']", LocalDate.now(ZoneOffset.UTC).toString());
    officer.fill("[id='s1:publishedWhere']", "Intranet");
    officer.click("[id='s1:sign']");
    assertThat(officer.locator("[id='s1:text-message']")).containsText("required");
    assertThat(badge).not().hasAttribute("data-state", "current");

    officer.fill("[id='s1:text']", text);
    officer.click("[id='s1:sign']");
    assertThat(badge).hasAttribute("data-state", "current");
    assertThat(badge).containsText("Complete and current");
    assertThat(officer.locator("#commitments")).containsText(text);
    Browser.screenshot(officer, "icp-elements");

    officer
        .locator(".shell-language a")
        .filter(new Locator.FilterOptions().setHasText("NL"))
        .click();
    assertThat(officer.locator("h1")).containsText("kernelementen");
    assertThat(officer.locator(".icp-badge[data-element='1']")).containsText("Volledig en actueel");
    assertThat(officer.locator("body")).not().containsText("Exception");
  }

  @Test
  void salesStaffHaveNoIcpPage() {
    Page sales = openAs("sales@acme.test", "/app/products.xhtml");
    assertThat(sales.locator("#nav-icp")).hasCount(0);
  }
}
