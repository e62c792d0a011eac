package io.loosen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Today, Library, Exercise, Settings and not-found pages in real headless Chromium. */
class PagesTest extends BrowserTest {
    static final String[] PAGES = {"/", "/library", "/exercises/egyptian-back-stretch", "/settings", "/nowhere", "/api"};

    @Test
    void todayOffersTheDailyRoutineTheStreakAndTheWeek() {
        open("/");
        assertThat(page).hasTitle("Today · Loosen");
        assertThat(page.locator("#start")).hasAttribute("href", "/play/daily");
        assertThat(page.locator("#daily-name")).hasText("Daily loosen-up");
        // The test history: 10 and 11 March in Berlin, the clock on the 12th: a two-day streak.
        assertThat(page.locator("#streak-title + .stat")).hasText("2 days");
        assertThat(page.locator("#week-title + .stat")).hasText("2 of 7 days");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Desk break"))).isVisible();
        screenshot("today");
    }

    @Test
    void theLibraryFiltersByPlaceAndSearch() {
        open("/library");
        int all = page.locator(".exercise-card").count();
        assertThat(all).isGreaterThanOrEqualTo(8);
        page.selectOption("#place", "bar");
        page.waitForURL("**/library?*place=bar*");
        int atBar = page.locator(".exercise-card").count();
        assertThat(atBar).isPositive().isLessThan(all);
        assertThat(page.locator("#count")).hasText(atBar + " of " + all + " exercises");
        screenshot("library");

        open("/library?q=twist");
        assertThat(page.locator(".exercise-card h2")).hasText(new String[] {"Spine Twist"});
        open("/library?q=%3Cscript%3Ealert(1)%3C/script%3E&place=moon");
        assertThat(page.locator("#q")).hasValue("<script>alert(1)</script>");
        assertThat(page.locator("#count")).containsText("0 of");
    }

    @Test
    void anExerciseShowsItsStepsFeelAndSafetyAndStartsAlone() {
        open("/exercises/egyptian-back-stretch");
        assertThat(page.locator("h1")).hasText("Egyptian Back Stretch");
        assertThat(page.locator("ol.steps li")).hasCount(4);
        assertThat(page.locator("ul.safety li").first()).isVisible();
        assertThat(page.locator("#start")).hasAttribute("href", "/play/egyptian-back-stretch");
        assertThat(page.locator("body")).not().containsText("{side}");
        screenshot("exercise");
    }

    @Test
    void settingsAreSavedAndAMistakeIsShownAtItsField() {
        open("/settings");
        page.selectOption("#zone", "Asia/Tokyo");
        page.fill("#defaultHold", "400");
        page.click("button[type=submit]");
        assertThat(page.locator("#hold-error")).containsText("defaultHold");
        assertThat(page.locator("#defaultHold")).hasAttribute("aria-invalid", "true");
        page.fill("#defaultHold", "40");
        page.uncheck("#sounds");
        page.click("button[type=submit]");
        assertThat(page.locator("#status")).hasText("Saved.");
        open("/settings");
        assertThat(page.locator("#zone")).hasValue("Asia/Tokyo");
        assertThat(page.locator("#defaultHold")).hasValue("40");
        assertThat(page.locator("#sounds")).not().isChecked();
        screenshot("settings");
        server.send("PUT", "/api/v1/settings", "{}", "Content-Type", "application/json");
    }

    @Test
    void theApiDocsPageDescribesEveryOperationOfTheDocument() {
        open("/api");
        assertThat(page.locator("section.api-op")).not().hasCount(0);
        assertThat(page.locator("#put-api-v1-sessions-id-title")).hasText("PUT /api/v1/sessions/{id}");
        assertThat(page.locator("main a[href='/api/openapi.json']")).isVisible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/exercises/%3Cimg%20src=x%20onerror=alert(1)%3E", "/exercises/'%20or%201=1--"})
    void anUnknownExerciseIsAFriendlyNotFoundPageWithTheIdAsText(String path) {
        var response = page.navigate(server.origin() + path);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main p").first()).containsText("There is no exercise");
        assertThat(page.locator("main img")).hasCount(0);
    }

    @Test
    void everyPagePassesAxe() {
        for (String path : PAGES) {
            open(path);
            assertAccessible();
        }
    }

    @Test
    void everyPagePassesAxeInTheDarkTheme() {
        try (var dark = browser.newContext(contextOptions().setColorScheme(ColorScheme.DARK))) {
            page = dark.newPage();
            for (String path : PAGES) {
                open(path);
                assertAccessible();
            }
        }
    }

    @Test
    void everyPageFitsA360PixelPhone() {
        try (var phone = browser.newContext(contextOptions().setViewportSize(360, 740).setIsMobile(true)
                .setHasTouch(true))) {
            page = phone.newPage();
            for (String path : PAGES) {
                open(path);
                Object width = page.evaluate("document.documentElement.scrollWidth");
                assertThat(((Number) width).intValue()).as(path).isLessThanOrEqualTo(360);
            }
            open("/");
            screenshot("today-phone");
        }
    }
}
