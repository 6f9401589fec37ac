package eu.dualis.testing;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every browser test shares: one Chromium per test class, and a page opened as a signed-in
 * user through Keycloak's own login.
 */
public abstract class BrowserPages {

  protected static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Opens {@code path} (e.g. {@code /app/products.xhtml}) and signs in as {@code username}. */
  protected static Page openAs(String username, String path) {
    Page page = browser.newPage();
    page.navigate(Stack.appUrl() + path);
    Browser.logIn(page, username, Tokens.PASSWORD);
    String file = path.replaceAll("\\?.*", "");
    page.waitForURL(Pattern.compile(".*" + Pattern.quote(file) + ".*"));
    return page;
  }
}
