package eu.dualis.classification.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import eu.dualis.testing.Browser;
import eu.dualis.testing.BrowserPages;
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

/** A compliance officer in a real Chromium: Keycloak login, the shell, the product pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductPagesIT extends BrowserPages {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  private static Page signedIn(String username) {
    Page page = browser.newPage();
    page.navigate(Stack.appUrl() + "/app/products.xhtml");
    assertThat(page).hasURL(Pattern.compile(".*/realms/dualis/.*"));
    Browser.screenshot(page, "keycloak-login");
    Browser.logIn(page, username, "demo");
    page.waitForURL(Pattern.compile(".*/app/products\\.xhtml.*"));
    return page;
  }

  @Test
  void officerLogsInCreatesAProductAndFindsItInTheList() {
    Page page = signedIn("officer@acme.test");
    assertThat(page.locator("#user-name")).hasText("officer@acme.test");
    assertThat(page.locator("#tenant-name")).hasText("Acme Export B.V.");
    assertThat(page.locator("h1")).hasText("Products");
    assertThat(page.locator("body")).not().containsText("Exception");
    Browser.screenshot(page, "products-en");

    page.click("[id='products:new']");
    page.waitForURL(Pattern.compile(".*/app/product\\.xhtml.*"));

    // Inline validation: nothing entered, each required field says so next to itself.
    page.click("[id='form:save']");
    assertThat(page.locator("[id='form:name-message']")).containsText("Name is required");
    assertThat(page.locator("[id='form:partNumber-message']"))
        .containsText("Part number is required");

    String part = "UI-" + UUID.randomUUID().toString().substring(0, 8);
    page.fill("[id='form:name']", "Thermal camera " + part);
    page.fill("[id='form:partNumber']", part);
    page.fill("[id='form:cnCode']", "12");
    page.click("[id='form:save']");
    assertThat(page.locator("[id='form:cnCode-message']")).containsText("8 digits");

    page.fill("[id='form:cnCode']", "9025 80 40");
    page.fill("[id='form:manufacturer']", "Acme Optics");
    page.click("[id='form:save']");
    page.waitForURL(Pattern.compile(".*/app/products\\.xhtml.*"));

    page.fill("[id='products:q']", part);
    page.click("[id='products:search']");
    assertThat(page.locator("[id='products:table']")).containsText("Thermal camera " + part);
    assertThat(page.locator("[id='products:table']")).containsText("9025 80 40");
    assertThat(page.locator("body")).not().containsText("Exception");
    Browser.screenshot(page, "products-after-create");
  }

  @Test
  void theShellSwitchesToDutchAndBack() {
    Page page = signedIn("sales@acme.test");
    page.locator("[id='language'] a", new Page.LocatorOptions().setHasText("NL")).click();
    assertThat(page.locator("h1")).hasText("Producten");
    assertThat(page.locator("#nav-products")).hasText("Producten");
    assertThat(page.locator("#logout")).hasText("Afmelden");
    Browser.screenshot(page, "products-nl");
    // Sales staff read but do not get the button to create.
    assertThat(page.locator("[id='products:new']")).hasCount(0);

    page.locator("[id='language'] a", new Page.LocatorOptions().setHasText("EN")).click();
    assertThat(page.locator("h1")).hasText("Products");
  }

  @Test
  void aUserOfAnotherTenantDoesNotSeeAcmesProducts() {
    Page acme = signedIn("officer@acme.test");
    acme.click("[id='products:new']");
    String part = "UISEP-" + UUID.randomUUID().toString().substring(0, 8);
    acme.fill("[id='form:name']", "Acme only " + part);
    acme.fill("[id='form:partNumber']", part);
    acme.click("[id='form:save']");
    acme.waitForURL(Pattern.compile(".*/app/products\\.xhtml.*"));

    Page globex = signedIn("officer@globex.test");
    assertThat(globex.locator("#tenant-name")).hasText("Globex Industries GmbH");
    globex.fill("[id='products:q']", part);
    globex.click("[id='products:search']");
    assertThat(globex.locator("[id='products:table']")).not().containsText(part);
  }

  @Test
  void logoutEndsTheSessionHereAndAtKeycloak() {
    Page page = signedIn("auditor@acme.test");
    page.click("#logout");
    // Keycloak asks to confirm a logout that carries no ID token hint.
    page.waitForURL(Pattern.compile(".*/protocol/openid-connect/logout.*"));
    page.click("#kc-logout");
    page.waitForURL(Pattern.compile(Pattern.quote(Stack.appUrl()) + "/.*"));
    page.navigate(Stack.appUrl() + "/app/products.xhtml");
    assertThat(page).hasURL(Pattern.compile(".*/realms/dualis/.*"));
    assertThat(page.locator("#username")).isVisible();
  }

  @Test
  void aUserWithoutTenantIsToldSoInsteadOfSeeingData() {
    Page page = signedIn("platform@dualis.test");
    assertThat(page.locator("#no-tenant")).containsText("not attached to a company");
    assertThat(page.locator("[id='products:table']")).hasCount(0);
    assertThat(page.locator("body")).not().containsText("Exception");
  }
}
