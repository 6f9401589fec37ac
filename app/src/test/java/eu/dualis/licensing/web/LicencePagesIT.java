package eu.dualis.licensing.web;

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
 * In a real Chromium: an officer registers a licence on the form (a bad code is named at its field
 * first), records a usage, and finds the licence in the register with its days left highlighted;
 * the register reads in Dutch too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicencePagesIT extends BrowserPages {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void anOfficerRegistersALicenceAndSeesItInTheRegister() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String number = "NL-UI-" + UUID.randomUUID().toString().substring(0, 8);
    Page officer = openAs("officer@acme.test", "/app/licence.xhtml");
    officer.fill("[id='licence:number']", number);
    officer.fill("[id='licence:authority']", "CDIU, Groningen");
    officer.fill("[id='licence:holder']", "Acme Optics B.V.");
    officer.fill("[id='licence:validFrom']", today.minusDays(5).toString());
    officer.fill("[id='licence:validTo']", today.plusDays(45).toString());
    officer.fill("[id='licence:entryCodes']", "6A003.b 5A00");
    officer.fill("[id='licence:destinations']", "CN, IN");
    officer.fill("[id='licence:quantityLimit']", "50");
    officer.fill("[id='licence:quantityUnit']", "pcs");
    officer.click("[id='licence:save']");
    assertThat(officer.locator("[id='licence:entryCodes-message']")).containsText("5A00");

    officer.fill("[id='licence:entryCodes']", "6A003.b");
    officer.click("[id='licence:save']");
    assertThat(officer.locator("#licence-status")).containsText("Active");
    assertThat(officer.locator("#remaining-quantity")).containsText("50");

    officer.fill("[id='usage:exportReference']", "EXP-UI-1");
    officer.fill("[id='usage:entryCode']", "6A003.b.4");
    officer.fill("[id='usage:shippedOn']", today.toString());
    officer.fill("[id='usage:quantity']", "12");
    officer.click("[id='usage:record']");
    assertThat(officer.locator("[id='usages']")).containsText("EXP-UI-1");
    assertThat(officer.locator("#remaining-quantity")).containsText("38");
    Browser.screenshot(officer, "licence-form");

    officer.click("#nav-licences");
    officer.fill("[id='licences:q']", number);
    officer.click("[id='licences:search']");
    Locator row =
        officer.locator("[id='licences:table'] tr", new Page.LocatorOptions().setHasText(number));
    assertThat(row).containsText("Individual licence");
    assertThat(row).containsText("38");
    assertThat(row.locator(".ending-soon")).containsText("45");
    Browser.screenshot(officer, "licence-register");

    officer
        .locator(".shell-language a")
        .filter(new Locator.FilterOptions().setHasText("NL"))
        .click();
    assertThat(officer.locator("h1")).containsText("Vergunningenregister");
    assertThat(officer.locator("body")).not().containsText("Exception");
  }
}
