package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The guided player in a real Chromium: the Egyptian Back Stretch (one exercise, both sides, 91 s) played
 * with Playwright's fake clock, so every countdown is exact, and saved to the server as it goes.
 *
 * <p>Its timeline: 0 get ready (8 s), 1–2 steps (7 s each), 3 hold left (20 s, 22–42 s), 4 step (5 s),
 * 5 switch sides (5 s), 6–7 steps (7 s each), 8 hold right (20 s, 66–86 s), 9 step (5 s), 10 done (91 s).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PlayerPageTest extends BrowserTest {
    static final String PLAYER = "/play/egyptian-back-stretch";
    /** The fake clock's start: the server's "now". */
    static final long T0 = WebServer.NOW.toEpochMilli();

    static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    Locator by(String id) {
        return page.locator("#" + id);
    }

    /** Opens the player under a paused fake clock, with its timeline loaded. */
    void openPaused(String path) {
        page.clock().install(new Clock.InstallOptions().setTime(T0));
        open(path);
        expect(by("start")).isEnabled();
        pauseClock();
    }

    /** Stops the fake clock a moment from now (it ran in real time since it was installed). */
    void pauseClock() {
        page.clock().pauseAt(((Number) page.evaluate("Date.now()")).longValue() + 500);
    }

    /** Waits for the server to hold a session of {@code routine} that passes {@code test}, and returns it. */
    static JsonNode awaitSession(String routine, Predicate<JsonNode> test) {
        long end = System.currentTimeMillis() + 10_000;
        List<JsonNode> seen = new ArrayList<>();
        while (System.currentTimeMillis() < end) {
            seen.clear();
            for (JsonNode s : json(server.get("/api/v1/sessions")).path("sessions")) {
                if (s.path("routine").asText().equals(routine)) {
                    seen.add(s);
                    if (test.test(s)) {
                        return json(server.get("/api/v1/sessions/" + s.path("id").asText()));
                    }
                }
            }
            sleep(100);
        }
        throw new AssertionError("no matching session of " + routine + " on the server; it has " + seen);
    }

    /** The id of the session this page is writing (other tests of the class play the same routines). */
    String sessionId() {
        return page.locator("#player").getAttribute("data-session");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * axe-core waits on timers, which a paused fake clock never fires: the clock runs for the scan, with
     * the player paused (so it stays where it is), then stops again.
     */
    void accessible() {
        boolean playing = by("play").isVisible() && "Pause".equals(by("pause").textContent());
        if (playing) {
            by("pause").click();
        }
        page.clock().resume();
        assertAccessible();
        pauseClock();
        if (playing) {
            by("pause").click();
        }
    }

    @Test
    void showsTheFigureOfThePartBeingPlayedOnEachSide() {
        openPaused(PLAYER);
        by("start").click();
        Locator figure = by("figure");

        expect(figure).isVisible();
        expect(figure).hasAttribute("src", "/api/v1/exercises/egyptian-back-stretch/figure.svg?step=1&motion=none");
        page.clock().runFor(8_500);
        expect(figure).hasAttribute("src", java.util.regex.Pattern.compile("\\?step=1&segment=1$"));
        page.clock().runFor(14_000);
        expect(figure).hasAttribute("src", java.util.regex.Pattern.compile("\\?step=3&segment=3$"));
        expect(figure).hasAttribute("alt", "Figure: Egyptian Back Stretch, hold");
        accessible();
        assertThat(FigurePagesTest.loaded(figure)).isTrue();
        page.clock().runFor(44_000);
        expect(figure).hasAttribute("src", java.util.regex.Pattern.compile("\\?side=right&step=3&segment=8$"));
    }

    void expectSegment(String label, String countdown) {
        expect(by("segment-label")).hasText(label);
        expect(by("countdown")).hasText(countdown);
    }

    @Test
    void playsPausesSkipsAndGoesBackThenSavesTheWholeSessionWithItsRatings() {
        openPaused(PLAYER);
        expect(page.locator("h1")).hasText("Egyptian Back Stretch");
        expect(by("intro")).containsText("How tense is your back right now?");
        accessible();

        page.locator("input[name=before][value='6']").check();
        by("start").click();
        expect(by("play")).isVisible();
        // One exercise on its own: the page's heading already names it.
        expect(by("exercise-name")).isHidden();
        expectSegment("Get ready · standing", "8");
        expect(by("next")).hasText("Next: Step 1 of 4 · left side");
        expect(by("announce")).containsText("Get ready for the Egyptian Back Stretch.");
        expect(by("time-left")).hasText("1:31");

        // Half-second points: the screen is drawn at animation frames, up to one frame behind the clock.
        page.clock().runFor(3_500);
        expect(by("countdown")).hasText("5");
        expect(by("time-left")).hasText("1:28");

        // Paused, time stands still; resumed, it runs on from where it was.
        by("pause").click();
        expect(by("pause")).hasText("Resume");
        expect(by("state")).hasText("Paused.");
        page.clock().runFor(5_000);
        expect(by("countdown")).hasText("5");
        page.keyboard().press(" ");
        expect(by("pause")).hasText("Pause");
        page.clock().runFor(1_000);
        expect(by("countdown")).hasText("4");

        // Space pauses even with another button focused, without also pressing that button.
        by("skip").focus();
        page.keyboard().press(" ");
        expect(by("pause")).hasText("Resume");
        expectSegment("Get ready · standing", "4");
        page.keyboard().press(" ");
        expect(by("pause")).hasText("Pause");

        page.keyboard().press("ArrowRight");
        expectSegment("Step 1 of 4", "7");
        expect(by("side")).hasText("Left side");
        expect(by("step-text")).containsText("Raise your left hand");
        expect(by("announce")).containsText("Stand tall, left hand up before your face");
        page.keyboard().press("n");
        expectSegment("Step 2 of 4", "7");
        expect(by("next")).hasText("Next: Hold");
        by("skip").click();
        expectSegment("Hold", "20");
        page.clock().runFor(5_500);
        expectSegment("Hold", "15");
        screenshot("player");
        accessible();

        // Back within a segment restarts it; back again right away goes to the one before.
        page.keyboard().press("ArrowLeft");
        expectSegment("Hold", "20");
        page.keyboard().press("p");
        expectSegment("Step 2 of 4", "7");
        by("back").click();
        expectSegment("Step 1 of 4", "7");

        // On to the right side's hold, played to its end, then skip to the end.
        for (int i = 0; i < 7; i++) {
            page.keyboard().press("n");
        }
        expectSegment("Hold", "20");
        expect(by("side")).hasText("Right side");
        page.clock().runFor(20_500);
        expectSegment("Step 4 of 4", "5");
        expect(by("next")).hasText("Next: the end");
        page.keyboard().press("n");

        expect(by("after")).isVisible();
        expect(by("after-title")).hasText("Well done");
        expect(by("play")).isHidden();
        accessible();
        page.locator("input[name=after][value='3']").check();
        String note = "Much looser <b>really</b> & \"quoted\"";
        by("note").fill(note);
        by("save-after").click();

        expect(by("summary")).isVisible();
        expect(by("sum-tension")).containsText("6 before, 3 after");
        expect(by("sum-count")).hasText("1 of 2 done");
        expect(by("sum-note")).hasText("Note: " + note);
        expect(by("sum-results")).containsText("Egyptian Back Stretch, right: done (20 s held)");
        expect(page.locator("#summary a[href='/history']")).isVisible();
        expect(page.locator("#summary a[href='/']")).isVisible();
        expect(by("save-status")).hasText("Saved to your history.");
        accessible();

        JsonNode saved = awaitSession("egyptian-back-stretch",
                s -> s.path("id").asText().equals(sessionId()) && s.path("note").asText().equals(note));
        assertThat(saved.path("status").asText()).isEqualTo("completed");
        assertThat(saved.path("routineName").asText()).isEqualTo("Egyptian Back Stretch");
        assertThat(saved.path("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(saved.path("tensionBefore").asInt()).isEqualTo(6);
        assertThat(saved.path("tensionAfter").asInt()).isEqualTo(3);
        // The browser's (fake) clock, which started at the server's "now".
        assertThat(Instant.parse(saved.path("startedAt").asText()))
                .isBetween(WebServer.NOW, WebServer.NOW.plusSeconds(300));
        assertThat(Instant.parse(saved.path("endedAt").asText())).isAfter(Instant.parse(saved.path("startedAt").asText()));
        JsonNode exercises = saved.path("exercises");
        assertThat(exercises).hasSize(2);
        // The left hold ran 5.5 s before going back, then was skipped through: cut short.
        assertThat(exercises.get(0).toString()).isEqualTo(
                "{\"position\":0,\"exercise\":\"egyptian-back-stretch\",\"side\":\"left\",\"outcome\":\"cut-short\",\"heldSeconds\":6}");
        assertThat(exercises.get(1).toString()).isEqualTo(
                "{\"position\":1,\"exercise\":\"egyptian-back-stretch\",\"side\":\"right\",\"outcome\":\"done\",\"heldSeconds\":20}");
        // 4.5 s of get ready, 5.5 s of the left hold, 20 s of the right one, 0.5 s of the last step.
        assertThat(saved.path("activeSeconds").asInt()).isEqualTo(30);
    }

    @Test
    void aTabBroughtBackShowsTheRightPlaceAtOnceAndCountsWhatPassedWhileHidden() {
        openPaused(PLAYER);
        by("start").click();
        expectSegment("Get ready · standing", "8");
        page.clock().runFor(1_000);

        setHidden(true);
        page.clock().fastForward(30_000);
        setHidden(false);
        // 31 s in: 9 s into the left hold (22–42 s), 11 s of it left.
        expectSegment("Hold", "11");
        expect(by("side")).hasText("Left side");
        expect(by("announce")).containsText("Lift both hands toward the ceiling");

        setHidden(true);
        page.clock().fastForward(30_000);
        setHidden(false);
        // 61 s in: the right side's second step (59–66 s).
        expectSegment("Step 2 of 4", "5");
        expect(by("side")).hasText("Right side");
        expect(by("time-left")).hasText("0:30");

        // The left side was saved when the right began, its hold counted as played while hidden.
        JsonNode saved = awaitSession("egyptian-back-stretch", s -> s.path("id").asText().equals(sessionId())
                && s.path("status").asText().equals("in-progress") && s.path("exercises").size() == 2);
        assertThat(saved.path("exercises").get(0).path("outcome").asText()).isEqualTo("done");
        assertThat(saved.path("exercises").get(0).path("heldSeconds").asInt()).isEqualTo(20);
        assertThat(saved.path("exercises").get(1).path("outcome").asText()).isEqualTo("skipped");
        // Everything before the switch to the right side: 8 + 7 + 7 + 20 + 5 s.
        assertThat(saved.path("activeSeconds").asInt()).isEqualTo(47);
    }

    @Test
    void tonesAreScheduledAheadOnTheAudioClockAtTheirDeadlines() {
        // Every oscillator start and stop, with the frequency it plays and the audio clock at the time.
        page.addInitScript("""
                window.__tones = [];
                const start = OscillatorNode.prototype.start;
                OscillatorNode.prototype.start = function (when) {
                  window.__tones.push({ op: 'start', when, freq: this.frequency.value, now: this.context.currentTime });
                  return start.call(this, when);
                };
                const stop = OscillatorNode.prototype.stop;
                OscillatorNode.prototype.stop = function (when) {
                  if (when === 0) window.__tones.push({ op: 'cancel' });
                  return stop.call(this, when);
                };
                """);
        open(PLAYER);
        expect(by("start")).isEnabled();
        by("start").click();
        by("skip").click();
        by("skip").click();
        expect(by("segment-label")).hasText("Step 2 of 4");
        int earlier = tones().size();
        by("skip").click();
        expect(by("segment-label")).hasText("Hold");
        List<Map<String, Object>> tones = tones();
        // The ones scheduled at the skip into the hold (earlier ones were cancelled by it).
        List<Map<String, Object>> starts = tones.subList(earlier, tones.size()).stream()
                .filter(t -> "start".equals(t.get("op"))).toList();
        // The last three seconds of this hold, and of the right side's, 44 s later.
        List<Double> both = whens(starts, 990);
        assertThat(both).as("the holds' last three seconds").hasSize(6);
        assertThat(both.get(3) - both.get(0)).isCloseTo(44.0, within(0.001));
        List<Double> count = both.subList(0, 3);
        List<Double> change = whens(starts, 660);
        double holdEnd = change.stream().filter(w -> w > count.get(2)).findFirst().orElseThrow();
        // Each lands exactly on its deadline relative to the others: 1 ms is the budget.
        assertThat(holdEnd - count.get(0)).isCloseTo(3.0, within(0.001));
        assertThat(holdEnd - count.get(1)).isCloseTo(2.0, within(0.001));
        assertThat(holdEnd - count.get(2)).isCloseTo(1.0, within(0.001));
        double switchSides = change.stream().filter(w -> w > holdEnd).findFirst().orElseThrow();
        assertThat(switchSides - holdEnd).isCloseTo(5.0, within(0.001));
        // Scheduled well ahead of the audio clock, not when their moment comes.
        double now = starts.stream().mapToDouble(t -> ((Number) t.get("now")).doubleValue()).max().orElseThrow();
        assertThat(count.get(0) - now).isGreaterThan(16.0);

        // Pausing cancels what was scheduled; resuming schedules it again from the new deadlines.
        int before = tones.size();
        by("pause").click();
        expect(by("pause")).hasText("Resume");
        List<Map<String, Object>> after = tones();
        assertThat(after.subList(before, after.size()).stream().filter(t -> "cancel".equals(t.get("op"))).count())
                .isGreaterThanOrEqualTo(5);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tones() {
        return (List<Map<String, Object>>) page.evaluate("window.__tones");
    }

    private static List<Double> whens(List<Map<String, Object>> starts, double freq) {
        return starts.stream().filter(t -> Math.abs(((Number) t.get("freq")).doubleValue() - freq) < 0.5)
                .map(t -> ((Number) t.get("when")).doubleValue()).toList();
    }

    @Test
    void holdsTheScreenAwakeOnlyWhilePlaying() {
        // A stand-in for the Wake Lock API, which headless Chromium refuses: it logs what the page asks.
        page.addInitScript("""
                window.__wake = [];
                Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: {
                  async request(type) {
                    const lock = new EventTarget();
                    lock.release = async () => {
                      if (lock.released) return;
                      lock.released = true;
                      window.__wake.push('release');
                      lock.dispatchEvent(new Event('release'));
                    };
                    window.__lock = lock;
                    window.__wake.push(type);
                    return lock;
                  } } });
                """);
        openPaused(PLAYER);
        by("start").click();
        expectWake("screen");
        page.keyboard().press(" ");
        expectWake("screen", "release");
        page.keyboard().press(" ");
        expectWake("screen", "release", "screen");
        // Hiding the page releases the lock (the browser does); coming back takes it again.
        setHidden(true);
        page.evaluate("window.__lock.release()");
        setHidden(false);
        expectWake("screen", "release", "screen", "release", "screen");
        for (int i = 0; i < 10; i++) {
            page.keyboard().press("n");
        }
        expect(by("after")).isVisible();
        expectWake("screen", "release", "screen", "release", "screen", "release");
    }

    private void expectWake(String... calls) {
        page.waitForFunction("n => window.__wake.length === n", calls.length);
        assertThat(page.evaluate("window.__wake")).isEqualTo(List.of(calls));
    }

    @Test
    void voiceAndSoundChoicesStartFromTheSettingsAndAreRememberedOnThisDevice() {
        open(PLAYER);
        expect(by("start")).isEnabled();
        by("sound-settings").locator("summary").click();
        // The server's defaults: voice and sounds on, the browser's default voice.
        expect(by("voice-on")).isChecked();
        expect(by("sounds-on")).isChecked();
        expect(by("voice-name")).hasValue("");
        by("sounds-on").uncheck();
        by("voice-on").uncheck();
        expect(by("voice-name")).isDisabled();
        page.reload();
        expect(by("start")).isEnabled();
        expect(by("sounds-on")).not().isChecked();
        expect(by("voice-on")).not().isChecked();
        assertThat((String) page.evaluate("localStorage.getItem('loosen.player.prefs')"))
                .contains("\"sounds\":false", "\"voice\":false");
    }

    @Test
    void stoppingAsksFirstAndSavesTheSessionAsStopped() {
        openPaused("/play/desk-break");
        by("start").click();
        page.clock().runFor(2_000);
        page.keyboard().press("Escape");
        expect(by("confirm-stop")).isVisible();
        expect(by("pause")).hasText("Resume");
        by("confirm-no").click();
        expect(by("confirm-stop")).isHidden();
        expect(by("pause")).hasText("Pause");
        page.keyboard().press("q");
        expect(by("confirm-stop")).isVisible();
        by("confirm-yes").click();
        expect(by("after-title")).hasText("Stopped early");
        by("skip-after").click();
        expect(by("summary")).isVisible();
        expect(by("sum-tension")).containsText("– before, – after");
        JsonNode saved = awaitSession("desk-break",
                s -> s.path("id").asText().equals(sessionId()) && s.path("status").asText().equals("stopped"));
        assertThat(saved.path("activeSeconds").asInt()).isEqualTo(2);
        assertThat(saved.path("tensionBefore").isNull()).isTrue();
        assertThat(saved.path("note").isNull()).isTrue();
    }

    @Test
    void fitsAPhoneScreenInTheDarkTheme() {
        reopenWith(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setTimezoneId("Europe/Berlin").setLocale("en-GB").setIsMobile(true).setHasTouch(true)
                .setColorScheme(ColorScheme.DARK));
        openPaused("/play/daily");
        assertThat(scrollWidth()).isLessThanOrEqualTo(360);
        by("start").click();
        for (int i = 0; i < 2; i++) {
            by("skip").click();
        }
        page.clock().runFor(4_000);
        expect(by("segment-label")).containsText("Hold");
        expect(by("exercise-name")).hasText("Seated Middle Back Stretch");
        expect(by("side")).isHidden();
        assertThat(scrollWidth()).isLessThanOrEqualTo(360);
        for (String id : List.of("back", "pause", "skip", "stop")) {
            var box = by(id).boundingBox();
            assertThat(box.height).as(id).isGreaterThanOrEqualTo(44);
            assertThat(box.width).as(id).isGreaterThanOrEqualTo(44);
            assertThat(box.x + box.width).as(id).isLessThanOrEqualTo(360);
        }
        screenshot("player-phone");
        accessible();
    }

    private int scrollWidth() {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    /** What a hidden tab looks like to the page: the state the browser reports, and the event. */
    private void setHidden(boolean hidden) {
        page.evaluate("hidden => {"
                + "Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => hidden ? 'hidden' : 'visible' });"
                + "Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });"
                + "document.dispatchEvent(new Event('visibilitychange')); }", hidden);
    }

    @Test
    void anUnknownIdGetsTheNotFoundPageWithTheIdEscaped() {
        HttpResponse<String> script = server.get("/play/%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(script.statusCode()).isEqualTo(404);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(script.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");

        HttpResponse<String> sql = server.get("/play/%27%20or%201=1");
        assertThat(sql.statusCode()).isEqualTo(404);
        assertThat(sql.body()).contains("There is no routine or exercise called '' or 1=1' to play.");

        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        Page shown = open("/play/<script>alert(1)</script>");
        expect(shown.locator("h1")).hasText("Not found");
        expect(shown.locator("main")).containsText("<script>alert(1)</script>");
        assertThat(dialogs).isEmpty();
    }

    @Test
    void thePageAndEverythingItLoadsFitTheSizeBudget() {
        Map<String, Integer> files = PageWeight.files(server, PLAYER);
        assertThat(files.keySet()).contains(PLAYER, "/static/loosen.css", "/static/player.css", "/static/app.js",
                "/static/player.js", "/static/outbox.js", "/static/player-timeline.js", "/static/player-view.js");
        int total = files.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("The player page, gzipped: " + total + " bytes in all, " + files);
        assertThat(total).isLessThan(60 * 1024);
    }
}
