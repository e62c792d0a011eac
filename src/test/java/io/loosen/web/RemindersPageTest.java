package io.loosen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.loosen.web.WebServer.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.ColorScheme;
import io.loosen.remind.Due;
import io.loosen.remind.Reminder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Settings › Reminders in real headless Chromium with the notifications permission granted: reminders are
 * added, skipped and deleted through the page; a reminder the server sent becomes a notification from the
 * service worker, and clicking it opens the player.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class RemindersPageTest extends BrowserTest {
    /** What the service worker shows now, as "title -> url" lines. */
    private static final String NOTIFICATIONS = "async () => (await (await navigator.serviceWorker.ready)"
            + ".getNotifications()).map(n => n.title + ' -> ' + n.data.url)";

    @Override
    Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setPermissions(List.of("notifications"));
    }

    @AfterEach
    void clear() {
        ReminderApiTest.clearReminders();
    }

    @Test
    void remindersAreAddedSkippedAndDeletedFromTheSettingsPage() {
        open("/settings");
        assertThat(page.locator("#no-reminders")).isVisible();
        assertThat(page.locator("#notify-state")).hasText(java.util.regex.Pattern.compile("Notifications are on"));
        page.selectOption("#reminder-routine", "desk-break");
        page.fill("#reminder-at", "08:15");
        page.click("#reminder-form button[type=submit]");
        assertThat(page.locator("#reminder-list li")).hasCount(1);
        assertThat(page.locator("#reminder-list li")).containsText("Desk break · 08:15, Monday to Friday");

        page.check("#kind-breaks");
        assertThat(page.locator("#reminder-every")).isVisible();
        assertThat(page.locator("#reminder-at")).isHidden();
        page.fill("#reminder-every", "4");
        page.click("#reminder-form button[type=submit]");
        assertThat(page.locator("#reminder-status")).containsText("5–480");
        page.fill("#reminder-every", "45");
        page.check("#day-saturday");
        page.click("#reminder-form button[type=submit]");
        assertThat(page.locator("#reminder-list li")).hasCount(2);
        assertThat(page.locator("#reminder-list li").nth(1)).containsText("every 45 min 09:00–17:30, Mon, Tue, Wed, Thu, Fri, Sat");
        assertThat(page.locator("#calendar-url")).hasValue(java.util.regex.Pattern.compile(
                "^http://127\\.0\\.0\\.1:\\d+/calendar\\.ics\\?token=[A-Za-z0-9_-]{43}$"));
        assertAccessible();
        screenshot("settings-reminders");

        page.locator(".skip-today").first().click();
        assertThat(page.locator("#reminder-list li").first()).containsText("skipped today");
        assertThat(page.locator(".skip-today").first()).isDisabled();
        page.locator(".delete-reminder").first().click();
        assertThat(page.locator("#reminder-list li")).hasCount(1);

        page.fill("#pause-until", "2026-03-20");
        page.click("#pause-form button[type=submit]");
        assertThat(page.locator("#paused")).hasText("Paused until 2026-03-20.");
        page.click("#resume");
        assertThat(page.locator("#paused")).hasCount(0);
    }

    @Test
    void theSectionIsAccessibleInTheDarkToo() {
        server.db.reminders().create(Reminder.of("daily", new io.loosen.remind.DailyRoutine(java.time.LocalTime.of(7, 0),
                java.util.EnumSet.allOf(java.time.DayOfWeek.class))));
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        open("/settings");
        assertThat(page.locator("#reminder-list li")).containsText("Daily loosen-up · 07:00, every day");
        assertAccessible();
    }

    @Test
    void aSentReminderIsShownByTheServiceWorkerAndClickingItOpensThePlayer() {
        Reminder reminder = server.db.reminders().create(Reminder.of("daily", new io.loosen.remind.DailyRoutine(
                java.time.LocalTime.of(18, 59), java.util.EnumSet.allOf(java.time.DayOfWeek.class))));
        server.db.reminders().recordSent(new Due(reminder.id(), "daily", NOW.minus(Duration.ofMinutes(1)), false));
        List<String> console = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        page.onPageError(e -> console.add("error: " + e));
        open("/");
        page.waitForFunction("async () => !!(await navigator.serviceWorker.ready).active");
        List<?> titles = awaitNotifications(Duration.ofSeconds(40));
        assertThat(titles).as(() -> "notifications; the page said " + console + " and knows " + page.evaluate(
                "async () => ({ permission: Notification.permission, shown: localStorage.getItem('loosen-reminders-shown'),"
                        + " due: await (await fetch('/api/v1/reminders/due', { cache: 'no-store' })).text() })"))
                .isEqualTo(List.of("Time to stretch: Daily loosen-up -> /play/daily"));

        // Clicks on the notification, delivered to the worker as the browser would (through DevTools): first
        // its Snooze button, then the notification itself.
        try (ServiceWorkerConsole worker = ServiceWorkerConsole.attach(browser, server.origin())) {
            assertThat(worker.evaluate("self.registration.getNotifications().then(([n]) => { if (!n) return 'none';"
                    + " self.shownInTest = n; self.dispatchEvent(new NotificationEvent('notificationclick',"
                    + " { notification: n, action: 'snooze' })); return 'ok'; })")).isTrue();
        }
        long snoozeDeadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server.db.reminders().find(reminder.id()).orElseThrow().snoozedUntil() == null
                && System.nanoTime() < snoozeDeadline) {
            page.waitForTimeout(100);
        }
        assertThat(server.db.reminders().find(reminder.id()).orElseThrow().snoozedUntil())
                .isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        try (ServiceWorkerConsole worker = ServiceWorkerConsole.attach(browser, server.origin())) {
            assertThat(worker.evaluate("Promise.resolve(self.shownInTest ? (self.dispatchEvent(new NotificationEvent("
                    + "'notificationclick', { notification: self.shownInTest })), 'ok') : 'none')")).isTrue();
        }
        page.waitForURL("**/play/daily");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("Daily loosen-up"));

        // Shown once: another page load does not show it again.
        open("/");
        page.waitForTimeout(500);
        page.evaluate("async () => (await (await navigator.serviceWorker.ready).getNotifications()).forEach(n => n.close())");
        page.reload();
        page.waitForTimeout(500);
        assertThat((List<?>) page.evaluate(NOTIFICATIONS)).isEmpty();
    }

    /**
     * The notifications the service worker shows, waited for until {@code patience} has passed. The page shows
     * what is due when it loads; a load that ran before the worker was active is retried by reloading, every
     * few seconds, since on a loaded machine one load can take several.
     */
    private List<?> awaitNotifications(Duration patience) {
        long start = System.nanoTime();
        long deadline = start + patience.toNanos();
        long nextReload = start + Duration.ofSeconds(6).toNanos();
        List<?> titles = (List<?>) page.evaluate(NOTIFICATIONS);
        while (titles.isEmpty() && System.nanoTime() < deadline) {
            page.waitForTimeout(100);
            if (System.nanoTime() >= nextReload) {
                page.reload();
                nextReload = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            }
            titles = (List<?>) page.evaluate(NOTIFICATIONS);
        }
        return titles;
    }
}
