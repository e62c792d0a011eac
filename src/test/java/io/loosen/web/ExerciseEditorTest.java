package io.loosen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exercise editor in a real Chromium: writing, posing, saving, editing and playing an exercise. */
class ExerciseEditorTest extends BrowserTest {

    private final List<String> errors = new ArrayList<>();

    private Page editor(String path) {
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        open(path);
        assertThat(page.locator("#exercise-form")).hasAttribute("data-ready", "true");
        return page;
    }

    private Locator slider(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void smoke() {
        editor("/exercises/new");
        assertThat(page.locator("#exercise-form")).hasAttribute("data-drawn", "1");
        byte[] before = page.locator("#preview-left").screenshot();
        page.locator("details.joint-group:has-text('Left leg') summary").click();
        slider("Left knee").fill("90");
        assertThat(page.locator("#exercise-form")).hasAttribute("data-drawn", "2");
        byte[] after = page.locator("#preview-left").screenshot();
        assertThat(after).isNotEqualTo(before);
        screenshot("exercise-editor-smoke");
        assertThat(errors).isEmpty();
    }
}
