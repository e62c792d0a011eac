package io.loosen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.javalin.Javalin;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.routine.Routines;
import io.loosen.session.Side;
import io.loosen.store.Database;
import io.loosen.system.Environment;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The History page in Chromium, over the test server's three March sessions in Berlin (today is Thursday
 * 12 March 2026, 19:00 there) plus one from New York in February whose routine name and note are hostile.
 */
class HistoryPageTest extends BrowserTest {
    static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_NOTE = "' or 1=1 --\n<script>alert(2)</script> & \"done\"";
    static final UUID HOSTILE = UUID.fromString("00000004-0000-4000-8000-000000000000");

    private final List<String> dialogs = new ArrayList<>();
    private final List<String> policyErrors = new ArrayList<>();

    @BeforeAll
    static void addHostileSession() {
        ZonedDateTime start = LocalDateTime.parse("2026-02-20T18:00").atZone(ZoneId.of("America/New_York"));
        server.db.sessions().save(new PracticeSession(HOSTILE, "daily", HOSTILE_NAME, start.toInstant(),
                start.toInstant().plusSeconds(320), start.getZone(), SessionStatus.COMPLETED, 300, 7, 4, HOSTILE_NOTE,
                List.of(new ExerciseResult(0, "spine-twist", Side.LEFT, ExerciseOutcome.DONE, 150))));
    }

    @BeforeEach
    void watchThePage() {
        watch(page);
    }

    @AfterEach
    void nothingRanOrWasRefused() {
        assertThat(dialogs).as("no script from history data ran").isEmpty();
        assertThat(policyErrors).as("nothing refused by the Content-Security-Policy").isEmpty();
    }

    private void watch(Page p) {
        p.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        p.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyErrors.add(message.text());
            }
        });
    }

    @Override
    void reopenWith(Browser.NewContextOptions options) {
        super.reopenWith(options);
        watch(page);
    }

    private Locator chart(String name) {
        return page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String fill(String selector) {
        return (String) page.evalOnSelector(selector, "e => getComputedStyle(e).fill");
    }

    @Test
    void showsTheStreaksTheChartsAndTheSessions() {
        open("/history");

        assertThat(page).hasTitle("History · Loosen");
        assertThat(page.locator("nav a[aria-current=page]")).hasText("History");
        assertThat(page.locator("#streak-current .stat")).hasText("2 days");
        assertThat(page.locator("#streak-current")).containsText("Stretch today to keep it going.");
        assertThat(page.locator("#streak-best .stat")).hasText("2 days");
        assertThat(page.locator("#streak-best")).containsText("10 Mar to Wed 11 Mar 2026");
        assertThat(page.locator("#this-week .stat")).hasText("6 minutes");
        assertThat(page.locator("#this-week")).containsText("2 of 7 days, 2 sessions");

        Locator heatmap = chart("Minutes practised each day, last 26 weeks");
        assertThat(heatmap).isVisible();
        assertThat(heatmap).hasAccessibleDescription(
                "From Mon 15 Sep 2025 to today, Thu 12 Mar 2026: 4 sessions on 4 days, 14 minutes in all. "
                        + "The most in one day: 5 minutes on Fri 20 Feb 2026. Today: no practice yet.");
        assertThat(heatmap.locator("rect.cell")).hasCount(25 * 7 + 4);
        assertThat(heatmap.locator("rect.cell.today")).hasAttribute("data-date", "2026-03-12");
        assertThat(heatmap.locator("rect.cell[data-date='2026-03-11']")).hasAttribute("data-minutes", "3");

        Locator weekly = chart("Minutes per week, last 12 weeks");
        assertThat(weekly).isVisible();
        assertThat(weekly.locator("rect.bar")).hasCount(12);
        assertThat(weekly.locator("rect.bar.current")).hasAttribute("data-minutes", "6");

        Locator tension = chart("Tension before and after each rated session");
        assertThat(tension).isVisible();
        assertThat(tension.locator("g.session circle.before")).hasCount(3);
        assertThat(tension.locator("g.session circle.after")).hasCount(3);
        assertThat(tension).hasAccessibleDescription("3 sessions rated from Fri 20 Feb 2026 to Tue 10 Mar 2026: "
                + "on average 6.3 before and 3.3 after, a drop of 3.0 points. "
                + "Tension after stretching is falling week by week.");
        assertThat(page.locator("#tension-summary")).containsText("an average drop of 3.0 points");

        Locator sessions = page.locator("ol.session-list > li");
        assertThat(sessions).hasCount(4);
        assertThat(sessions.nth(0)).containsText("Wed 11 Mar 2026, 08:30");
        assertThat(sessions.nth(0)).containsText("Daily loosen-up");
        assertThat(sessions.nth(0)).containsText("In progress");
        assertThat(sessions.nth(0)).containsText("6 → –");
        assertThat(sessions.nth(1)).containsText("Tue 10 Mar 2026, 08:30");
        assertThat(sessions.nth(1)).containsText("Completed");
        assertThat(sessions.nth(1)).containsText("6 → 3");
        assertThat(sessions.nth(1).locator("dd").first()).hasText("3");
        assertThat(sessions.nth(1)).not().containsText("Europe/Berlin");
        assertThat(sessions.nth(3)).containsText("Fri 20 Feb 2026, 18:00 (America/New_York)");

        assertAccessible();
        screenshot("history");
    }

    @Test
    void theDataBehindEachChartIsAlsoATable() {
        open("/history");

        page.getByText("The days practised as a table").click();
        assertThat(page.locator("table:has(caption:text('Days practised')) tbody tr")).hasCount(4);
        page.getByText("Minutes per week as a table").click();
        Locator weeks = page.locator("table:has(caption:text('Minutes per week')) tbody tr");
        assertThat(weeks).hasCount(12);
        assertThat(weeks.last()).containsText("Mon 9 Mar 2026");
        page.getByText("The ratings as a table").click();
        assertThat(page.locator("table:has(caption:text('Tension')) tbody tr")).hasCount(3);
        assertAccessible();
    }

    @Test
    void aHostileRoutineNameAndNoteAreShownAsText() {
        open("/history");

        Locator hostile = page.locator("ol.session-list > li").last();
        assertThat(hostile.locator(".session-routine")).hasText(HOSTILE_NAME);
        assertThat(hostile.locator(".session-note")).hasText(HOSTILE_NOTE);
        assertThat(page.locator("main img, main script")).hasCount(0);
        assertThat(page.locator("svg#tension g.session circle.after title").first())
                .hasText("Fri 20 Feb 2026, " + HOSTILE_NAME + ": 7 before, 4 after");
        page.getByText("The ratings as a table").click();
        assertThat(page.locator("table:has(caption:text('Tension')) tbody tr").first()).containsText(HOSTILE_NAME);
    }

    @Test
    void isAccessibleInTheDarkThemeWithTheDarkColours() {
        open("/history");
        assertThat(fill("#heatmap rect.cell[data-date='2026-03-12']")).isEqualTo("rgb(233, 230, 222)");

        reopenWith(contextOptions().setColorScheme(ColorScheme.DARK));
        open("/history");

        assertThat(fill("#heatmap rect.cell[data-date='2026-03-12']")).isEqualTo("rgb(38, 45, 41)");
        assertThat(fill("#weekly-minutes rect.bar.current")).isEqualTo("rgb(92, 199, 163)");
        assertAccessible();
        screenshot("history-dark");
    }

    @Test
    void fitsAPhoneWithoutScrollingSideways() {
        reopenWith(contextOptions().setViewportSize(360, 740).setIsMobile(true).setHasTouch(true)
                .setDeviceScaleFactor(2));
        open("/history");

        for (String summary : List.of("The days practised as a table", "Minutes per week as a table",
                "The ratings as a table")) {
            page.getByText(summary).click();
        }
        assertThat(page.evaluate("document.documentElement.scrollWidth")).isEqualTo(360);
        assertThat(chart("Minutes practised each day, last 26 weeks").boundingBox().width).isLessThanOrEqualTo(360);
        assertAccessible();
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = false)");
        screenshot("history-phone");
    }

    @Test
    void listsAllSessionsOnlyWhenAskedAndRefusesOtherValues() {
        assertThat(server.get("/history?sessions=all").statusCode()).isEqualTo(200);
        assertThat(server.get("/history?sessions=some").statusCode()).isEqualTo(400);
        assertThat(server.get("/history?page=2").statusCode()).isEqualTo(400);
    }

    @Test
    void listsTheNewestHundredSessionsFirst() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<PracticeSession> history = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            ZonedDateTime start = LocalDateTime.parse("2025-10-01T07:30").plusDays(i).atZone(berlin);
            history.add(new PracticeSession(UUID.randomUUID(), "daily", "Day " + i, start.toInstant(),
                    start.toInstant().plusSeconds(600), berlin, SessionStatus.COMPLETED, 600, null, null, null,
                    List.of()));
        }
        java.time.LocalDate today = java.time.LocalDate.parse("2026-03-12");

        HistoryView some = HistoryPage.view(history, today, berlin, HistoryPage.LISTED_SESSIONS);
        HistoryView all = HistoryPage.view(history, today, berlin, -1);

        assertThat(some.sessions()).hasSize(100);
        assertThat(some.sessions().get(0).routine()).isEqualTo("Day 149");
        assertThat(some.hiddenSessions()).isEqualTo(50);
        assertThat(all.sessions()).hasSize(150);
        assertThat(all.sessions().get(149).routine()).isEqualTo("Day 0");
        assertThat(all.sessions().get(0).zone()).as("same zone as the user's: not repeated").isNull();
    }

    @Test
    void theHtmlHasNoStyleAttributesAndEscapesTheHostileText() {
        HttpResponse<String> response = server.get("/history");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body()).doesNotContain(" style=", HOSTILE_NAME, "<script>alert")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void anEmptyHistoryInvitesToTodaysRoutine(@TempDir Path emptyHome) {
        Environment env = WebServer.environment(emptyHome);
        try (Database db = Database.open(emptyHome.resolve("loosen.db").toString(), env)) {
            Catalog catalog = CatalogLoader.load(env.userExercisesDir());
            Javalin app = WebApp.create(catalog, Routines.builtIn(catalog), db, env,
                    Clock.fixed(WebServer.NOW, ZoneOffset.UTC)).start("127.0.0.1", 0);
            try {
                page.navigate("http://127.0.0.1:" + app.port() + "/history");

                assertThat(page.locator("h2#empty-title")).hasText("Nothing here yet");
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start today's routine")))
                        .hasAttribute("href", "/play/daily");
                assertThat(page.locator("svg")).hasCount(0);
                assertAccessible();
                screenshot("history-empty");
            } finally {
                app.stop();
            }
        }
    }
}
