package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: the app served as in {@link ServedTest}, driven by Debian's headless
 * Chromium through Playwright (no browser download). Each test gets a fresh context (no cookies, no
 * storage, no service worker) and a page on it.
 */
abstract class BrowserTest extends ServedTest {
    /** target/screenshots, or docs/screenshots with -Dloosen.screenshots=docs/screenshots to refresh the README's. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("loosen.screenshots", "target/screenshots"));
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--autoplay-policy=no-user-gesture-required");

    static Playwright playwright;
    static Browser browser;
    BrowserContext context;
    Page page;

    /**
     * How long an expectation on the page waits: generous, since it only matters when something is slow. CI
     * runs the whole suite on two shared cores, where a reload can take seconds; passing tests never wait it out.
     */
    static final double PATIENCE_MS = 20_000;

    @BeforeAll
    static void launch() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true).setArgs(FLAGS));
    }

    @AfterAll
    static void quit() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        openPageWith(contextOptions());
    }

    /** A fresh context made with {@code options}, and a page on it, for this test from now on. */
    void openPageWith(Browser.NewContextOptions options) {
        context = browser.newContext(options);
        context.setDefaultTimeout(PATIENCE_MS);
        page = context.newPage();
    }

    /** Replaces this test's page with one in a context made with {@code options}. */
    void reopenWith(Browser.NewContextOptions options) {
        context.close();
        openPageWith(options);
    }

    /** A laptop-sized window in the Berlin time zone; tests of the phone layout override it. */
    Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1280, 800).setTimezoneId("Europe/Berlin")
                .setLocale("en-GB");
    }

    /** A 360 px wide phone with a touch screen, as the editors' phone tests open it. */
    static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(360, 740).setDeviceScaleFactor(2).setIsMobile(true)
                .setHasTouch(true);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    Page open(String path) {
        page.navigate(server.origin() + path);
        return page;
    }

    /** axe-core's WCAG 2.1 A and AA rules on the page as it is now: no serious or critical violation. */
    void assertAccessible() {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<String> bad = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertThat(bad).as("axe violations on " + page.url()).isEmpty();
    }

    /** Saves the whole page as docs/screenshots/NAME.png, for the README. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
