package eu.dualis.testing;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright (no browser download: Playwright launches the system
 * binary), and the Keycloak login as a user performs it.
 */
public final class Browser implements AutoCloseable {

  private static final List<String> CHROMIUM_CANDIDATES =
      List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser chromium;

  private Browser() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(executable())
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  public static Browser start() {
    return new Browser();
  }

  /** A fresh browser context (no cookies) with a page. */
  public Page newPage() {
    return chromium
        .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"))
        .newPage();
  }

  /** Signs in on Keycloak's own login page (which may ask for the user name first). */
  public static void logIn(Page page, String username, String password) {
    page.waitForSelector("#username");
    page.fill("#username", username);
    if (!page.isVisible("#password")) {
      page.click("#kc-login");
      page.waitForSelector("#password");
    }
    page.fill("#password", password);
    page.click("#kc-login");
  }

  public static void screenshot(Page page, String name) {
    Path dir = Path.of(System.getProperty("dualis.target", "target"), "screenshots");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
  }

  private static Path executable() {
    String configured = System.getenv("CHROMIUM_PATH");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return CHROMIUM_CANDIDATES.stream()
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No Chromium found: apt-get install chromium (or set CHROMIUM_PATH)"));
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
  }
}
