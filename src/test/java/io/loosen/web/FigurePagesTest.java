package io.loosen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The figures in a real Chromium: shown, loaded, moving, still for reduced motion, and accessible. */
@org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class FigurePagesTest extends BrowserTest {

    /**
     * Whether an image loads and has a size (a broken or blocked SVG has none). It waits on the image's own
     * promise, not on timers, which a paused fake clock would hold up for ever.
     */
    static boolean loaded(Locator img) {
        return (Boolean) img.evaluate("i => i.decode().then(() => i.naturalWidth > 0, () => false)");
    }

    @Test
    void theExercisePageShowsTheAnimatedFigureWithItsStepsAsText() {
        open("/exercises/spine-twist");
        Locator figure = page.locator("#figure");

        PlaywrightAssertions.assertThat(figure).isVisible();
        assertThat(loaded(figure)).isTrue();
        assertThat(figure.evaluate("i => i.currentSrc").toString()).endsWith("/api/v1/exercises/spine-twist/figure.svg");
        assertThat(figure.getAttribute("alt")).startsWith("Figure showing Spine Twist, left side: 1. Lie on your back")
                .contains("3. Knee across to the right side, shoulders down (hold).");
        assertAccessible();
        screenshot("figure-exercise");
    }

    @Test
    void everyLibraryCardShowsItsExercisesFigure() {
        open("/library");
        Locator figures = page.locator(".exercise-card img.figure");
        figures.last().scrollIntoViewIfNeeded();

        assertThat(figures.count()).isEqualTo(8);
        for (int i = 0; i < figures.count(); i++) {
            figures.nth(i).scrollIntoViewIfNeeded();
            PlaywrightAssertions.assertThat(figures.nth(i)).isVisible();
            assertThat(loaded(figures.nth(i))).as("figure %d loads", i).isTrue();
            assertThat(figures.nth(i).getAttribute("alt")).startsWith("Figure showing ");
        }
        assertAccessible();
    }

    @Test
    void theSvgMovesWhenOpenedOnItsOwnUnderItsOwnContentSecurityPolicy() {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> problems.add(m.type() + ": " + m.text()));
        open("/api/v1/exercises/egyptian-back-stretch/figure.svg");

        // The animation's clock, set by hand: no waiting, no timing in the test.
        Object atStart = page.evaluate("() => { const s = document.documentElement; s.pauseAnimations();"
                + " s.setCurrentTime(0); return [...document.querySelectorAll('g')].map(g => g.getCTM().a.toFixed(3)"
                + " + ',' + g.getCTM().b.toFixed(3)).join(';'); }");
        Object later = page.evaluate("() => { const s = document.documentElement; s.setCurrentTime(5.5);"
                + " return [...document.querySelectorAll('g')].map(g => g.getCTM().a.toFixed(3)"
                + " + ',' + g.getCTM().b.toFixed(3)).join(';'); }");

        assertThat(later).as("the arms have turned").isNotEqualTo(atStart);
        assertThat(problems).as("console").noneMatch(p -> p.contains("Content Security Policy"));
    }

    @Nested
    class ReducedMotion {
        @Test
        void showsTheStillKeyPosesInstead() {
            page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                    .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
            open("/exercises/kneeling-cat-back-stretch");
            Locator figure = page.locator("#figure");

            assertThat(figure.evaluate("i => i.currentSrc").toString()).endsWith("figure.svg?motion=none");
            assertThat(loaded(figure)).isTrue();
            assertAccessible();
        }
    }
}
