package eu.dualis.duediligence.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import eu.dualis.testing.Browser;
import eu.dualis.testing.BrowserPages;
import eu.dualis.testing.Deployments;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real Chromium: an officer records an Art. 5(1) notice from the authority (a missing
 * reference is named beside its field), finds it open in the list and records the answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationPagesIT extends BrowserPages {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void anOfficerRecordsANoticeAndItsAnswer() {
    String reference = "CDIU-" + UUID.randomUUID().toString().substring(0, 6);
    Page page = openAs("officer@acme.test", "/app/parties.xhtml");
    page.click("#nav-notifications");
    assertThat(page.locator("h1")).containsText("Catch-all notifications");

    page.fill("[id='notifications:authority']", "Douane CDIU");
    page.fill("[id='notifications:date']", LocalDate.now().minusDays(3).toString());
    page.fill("[id='notifications:destination']", "AE");
    page.click("[id='notifications:record']");
    assertThat(page.locator("[id='notifications:reference-message']")).containsText("required");

    page.fill("[id='notifications:reference']", reference);
    page.click("[id='notifications:record']");
    assertThat(page.locator("[id='notifications:messages']")).containsText(reference);
    var row =
        page.locator(
            "[id='notifications:table'] tr", new Page.LocatorOptions().setHasText(reference));
    assertThat(row).containsText("Art. 5(1)");
    assertThat(row).containsText("Open");

    row.locator(".answer").click();
    assertThat(page.locator("[id='notifications:selected']")).containsText(reference);
    page.locator("[id='notifications:outcome']").click();
    page.locator("[id='notifications:outcome_items'] li")
        .filter(
            new com.microsoft.playwright.Locator.FilterOptions().setHasText("No licence required"))
        .click();
    page.fill("[id='notifications:answeredOn']", LocalDate.now().toString());
    page.fill("[id='notifications:answerReference']", reference + "-A");
    Browser.screenshot(page, "notification-answer");
    page.click("[id='notifications:answer']");
    assertThat(page.locator("[id='notifications:messages']")).containsText("Outcome recorded");
    assertThat(
            page.locator(
                "[id='notifications:table'] tr", new Page.LocatorOptions().setHasText(reference)))
        .containsText("No licence required");
    assertThat(page.locator("body")).not().containsText("Exception");
  }
}
