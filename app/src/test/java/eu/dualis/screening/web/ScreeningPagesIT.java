package eu.dualis.screening.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import eu.dualis.testing.Browser;
import eu.dualis.testing.BrowserPages;
import eu.dualis.testing.Deployments;
import eu.dualis.testing.Stack;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real Chromium: a salesperson checks a clear name and a listed one, asks compliance; an
 * officer reviews the hit beside the checked name and decides it; the list browser shows the demo
 * list as stale; a party created in the form is screened at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningPagesIT extends BrowserPages {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Test
  void salesChecksANameAsksComplianceAndAnOfficerDecides() {
    Page sales = openAs("sales@acme.test", "/app/check.xhtml");
    sales.fill("[id='check:name']", "Hendrika Van Der Sluijs");
    sales.fill("[id='check:country']", "NL");
    sales.click("[id='check:go']");
    assertThat(sales.locator("[id='check:answer']"))
        .hasClass(java.util.regex.Pattern.compile(".*light-GREEN.*"));
    assertThat(sales.locator("#light-text, [id='check:light-text']").first()).containsText("Clear");
    assertThat(sales.locator("[id='check:lists-used'], #lists-used").first())
        .containsText("2026-02-27");

    // A variant spelling of a listed name, with the words in another order.
    String checked = "Katanga, Jermain";
    sales.fill("[id='check:name']", checked);
    sales.fill("[id='check:country']", "");
    sales.click("[id='check:go']");
    assertThat(sales.locator("[id='check:answer']"))
        .hasClass(java.util.regex.Pattern.compile(".*light-AMBER.*"));
    assertThat(sales.locator("[id='check:hits']")).containsText("KATANGA");
    Browser.screenshot(sales, "sales-check-amber");
    sales.click("[id='check:ask']");
    assertThat(sales.locator("[id='check:asked']")).containsText("compliance worklist");

    Page officer = openAs("officer@acme.test", "/app/worklist.xhtml");
    var row =
        officer.locator("[id='worklist:table'] tr", new Page.LocatorOptions().setHasText(checked));
    assertThat(row.first()).containsText("KATANGA");
    row.first().locator(".review").click();
    assertThat(officer.locator("#screened-side")).containsText(checked);
    assertThat(officer.locator("#entry-side")).containsText("CDi.006");
    assertThat(officer.locator("#tokens"))
        .containsText(
            java.util.regex.Pattern.compile("jermain", java.util.regex.Pattern.CASE_INSENSITIVE));
    Browser.screenshot(officer, "worklist-side-by-side");
    officer.click("[id='worklist:decide']");
    assertThat(officer.locator("[id='worklist:outcome-message']")).containsText("required");
    assertThat(officer.locator("[id='worklist:justification-message']")).containsText("required");
    officer
        .locator("[id='worklist:outcome'] label")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("False positive"))
        .click();
    officer.fill(
        "[id='worklist:justification']",
        "The prospect is a Dutch engineering firm's buyer, not the Congolese militia leader.");
    officer.click("[id='worklist:decide']");
    assertThat(officer.locator("[id='worklist:messages']")).containsText("false positive");
    assertThat(officer.locator("[id='worklist:table']")).not().containsText(checked);
    assertThat(officer.locator("body")).not().containsText("Exception");
  }

  @Test
  void anOfficerCreatesAPartyThatIsScreenedAndSeesTheListsFreshness() {
    Random random = new Random();
    String name =
        "Gerritsen Machinebouw "
            + (char) ('A' + random.nextInt(26))
            + random.nextInt(1000)
            + " B.V.";
    Page officer = openAs("officer@acme.test", "/app/party.xhtml");
    officer.fill("[id='party:name']", name);
    officer.fill("[id='party:country']", "1X");
    officer.click("[id='party:save']");
    assertThat(officer.locator("[id='party:country-message']")).containsText("ISO 3166");
    officer.fill("[id='party:country']", "NL");
    officer.click("[id='party:save']");
    assertThat(officer.locator("#party-status")).containsText("Clear");
    assertThat(officer.locator("[id='screenings']")).containsText("PARTY");

    officer.navigate(Stack.appUrl() + "/app/sanctions-lists.xhtml");
    var un =
        officer.locator(
            "[id='lists:in-force'] tr",
            new Page.LocatorOptions().setHasText("UN Security Council"));
    assertThat(un).containsText("2026-02-27");
    assertThat(un).containsText("STALE");
    assertThat(un).containsText("demo data");
    un.locator(".browse").click();
    officer.fill("[id='lists:q']", "KATANGA");
    officer.click("[id='lists:search']");
    assertThat(officer.locator("[id='lists:entity-table']")).containsText("CDi.006");

    officer.navigate(Stack.appUrl() + "/app/parties.xhtml");
    officer
        .locator(".shell-language a")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("NL"))
        .click();
    assertThat(officer.locator("h1")).containsText("Partijen");
    assertThat(officer.locator("[id='parties:table']")).containsText(name);
    assertThat(officer.locator("[id='parties:table']")).containsText("Vrij");
    officer
        .locator(".shell-language a")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("EN"))
        .click();
    assertThat(officer.locator("h1")).containsText("Parties");
    assertThat(officer.locator("body")).not().containsText("Exception");
  }
}
