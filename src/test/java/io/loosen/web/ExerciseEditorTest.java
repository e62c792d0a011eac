package io.loosen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The exercise editor in a real Chromium: writing an exercise, posing its figure (the preview drawn by the
 * server as the sliders move), saving it, finding it in the library and playing it; the API's problems
 * next to their fields; editing, duplicating and deleting; reordering steps from the keyboard; a phone.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ExerciseEditorTest extends BrowserTest {
    private final List<String> errors = new ArrayList<>();

    /** Opens the editor at {@code path} and waits until it has loaded the joints, the exercise and its first picture. */
    private void editor(String path) {
        page.onPageError(errors::add);
        open(path);
        assertThat(page.locator("#exercise-form")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#exercise-form")).hasAttribute("data-drawn", Pattern.compile("\\d+"));
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(errors).as("errors in the page's scripts").isEmpty();
    }

    private Locator steps() {
        return page.locator("#steps > li");
    }

    private Locator byLabel(Locator in, String label) {
        return in.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private Locator byLabel(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void check(String group, String word) {
        page.locator("#" + group + " input[value='" + word + "']").check();
    }

    /** The picture drawn for the posed step, as pixels: what a person sees change. */
    private byte[] preview() {
        return page.locator("#preview-left").screenshot();
    }

    private void awaitRedraw(String before) {
        assertThat(page.locator("#exercise-form")).not().hasAttribute("data-drawn", before);
    }

    private String drawn() {
        return page.locator("#exercise-form").getAttribute("data-drawn");
    }

    private void fillAbout(String name) {
        page.locator("#name").fill(name);
        page.locator("#summary").fill("Hands on a door frame, you lean through it so the chest and shoulders open.");
        check("targets", "chest");
        check("targets", "shoulders");
        check("counters", "poor-posture");
        page.locator("#feel").fill("A wide stretch across the chest and the fronts of the shoulders.");
        page.locator("#safety").fill("Stop if you feel pain in the shoulder joint.\nKeep the lean small at first.");
    }

    private void writeStep(int index, String text, String cue) {
        Locator step = steps().nth(index);
        byLabel(step, "Instruction").fill(text);
        byLabel(step, "Spoken cue").fill(cue);
    }

    private static JsonNode document(String id) {
        var response = server.get("/api/v1/exercises/" + id + "/document");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static void create(String body) {
        var response = server.send("POST", "/api/v1/exercises", body, "Content-Type", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static String exercise(String name, String... cues) {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < cues.length; i++) {
            steps.append(i == 0 ? "" : ", ").append("{\"text\": \"Do the part called ").append(cues[i])
                    .append(" slowly.\", \"cue\": \"").append(cues[i]).append('"')
                    .append(i == cues.length - 1 ? ", \"main\": true}" : "}");
        }
        return """
                {"name": "%s", "summary": "A stretch written for the editor's tests, long enough.",
                 "counters": ["static-position"], "targets": ["upper-back"], "positions": ["seated"], "places": ["desk"],
                 "equipment": ["chair"], "sides": "none", "dose": {"hold": {"default": 10, "min": 5, "max": 30}},
                 "steps": [%s], "feel": "A gentle pull between the shoulder blades.",
                 "safety": ["Stop if anything hurts sharply."], "difficulty": "easy"}""".formatted(name, steps);
    }

    @Test
    void createsAnExerciseWithAPosePlaysItAndFindsItInTheLibrary() {
        editor("/exercises/new");
        fillAbout("Doorway chest opener");
        page.locator("#hold-default").fill("12");
        page.locator("#hold-min").fill("5");
        page.locator("#hold-max").fill("40");
        writeStep(0, "Stand in a doorway and put your forearms on the frame.", "Forearms on the frame");
        button("Add a step").click();
        assertThat(steps()).hasCount(2);
        assertThat(page.locator("#announce")).hasText("Step 2 added, posed as the step before it.");
        writeStep(1, "Lean gently forward through the doorway until the chest opens.", "Lean through");
        byLabel(steps().nth(1), "Main step (the dose applies to it)").check();

        // Pose step 2: raise the left arm with its slider, and the picture changes.
        steps().nth(1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pose this step 2")).click();
        assertThat(page.locator("#posed-step")).hasValue("1");
        String before = drawn();
        awaitRedraw(before);
        byte[] standing = preview();
        page.locator("details.joint-group:has(summary:text-is('Left arm')) summary").click();
        Locator shoulder = byLabel("Left shoulder");
        before = drawn();
        shoulder.fill("90");
        assertThat(page.locator("#joint-left-shoulder-value")).hasText("90°");
        awaitRedraw(before);
        assertThat(preview()).isNotEqualTo(standing);
        before = drawn();
        shoulder.focus();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#joint-left-shoulder-value")).hasText("91°");
        assertThat(shoulder).hasAttribute("aria-valuetext", "91 degrees");
        awaitRedraw(before);
        assertThat(page.locator("#preview-left")).hasAttribute("alt", "Doorway chest opener: Lean through.");
        assertThat(page.locator("#preview-right-frame")).isHidden();

        button("Save").click();
        page.waitForURL("**/exercises/doorway-chest-opener");
        assertThat(page.locator("h1")).hasText("Doorway chest opener");

        JsonNode saved = document("doorway-chest-opener");
        assertThat(saved.at("/dose/hold/default").asInt()).isEqualTo(12);
        assertThat(saved.at("/steps/1/main").asBoolean()).isTrue();
        assertThat(saved.at("/figure/pose").asText()).isEqualTo("standing");
        assertThat(saved.at("/figure/steps/0").size()).as("step 1 is the standing pose").isZero();
        assertThat(saved.at("/figure/steps/1").toString()).isEqualTo("{\"left-shoulder\":91}");
        assertThat(page.locator("#figure")).hasAttribute("alt", Pattern.compile("Lean through"));

        open("/library?q=doorway");
        Locator card = page.locator(".exercise-card", new Page.LocatorOptions().setHasText("Doorway chest opener"));
        assertThat(card).isVisible();

        // Played to the end in the player, under a fake clock.
        page.clock().install(new Clock.InstallOptions().setTime(WebServer.NOW.toEpochMilli()));
        open("/play/doorway-chest-opener");
        assertThat(page.locator("#start")).isEnabled();
        page.locator("#start").click();
        for (int i = 0; i < 12 && !page.locator("#after").isVisible(); i++) {
            page.clock().runFor(5_000);
        }
        assertThat(page.locator("#after-title")).hasText("Well done");
    }

    @Test
    void showsTheLoadersProblemNextToTheFieldItNames() {
        editor("/exercises/new");
        button("Save").click();
        assertThat(page.locator("#name-problem")).hasText("Field 'name' is 0 characters long (''); it must be 3–80 characters.");
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#name")).isFocused();

        page.locator("#name").fill("Wall angel");
        page.locator("#summary").fill("Back to a wall, you slide your arms up and down it.");
        button("Save").click();
        assertThat(page.locator("#counters-problem")).hasText("Field 'counters' has 0 entries; it needs 1–5.");
        assertThat(page.locator("#name-problem")).isHidden();
        assertThat(page.locator("#counters input").first()).isFocused();

        check("counters", "poor-posture");
        check("targets", "upper-back");
        button("Save").click();
        Locator text = byLabel(steps().nth(0), "Instruction");
        Locator problem = steps().nth(0).locator(".problem");
        assertThat(problem).hasText("Field 'steps[0].text' is 0 characters long (''); it must be 10–400 characters.");
        assertThat(text).isFocused();
        assertThat(text).hasAttribute("aria-invalid", "true");
        assertThat(text).hasAttribute("aria-describedby", Pattern.compile(problem.getAttribute("id")));

        writeStep(0, "Stand with your back and arms flat against a wall.", "Back to the wall");
        page.locator("#hold-default").fill("900");
        button("Save").click();
        assertThat(page.locator("#hold-default-problem")).hasText(Pattern.compile(
                "^Field 'dose.hold.default' is 900 seconds, outside the allowed 1–600 seconds"));
        assertThat(page.locator("#hold-default")).isFocused();

        // A prop placed off the canvas: the preview says so at once, and saving names the field.
        page.locator("#hold-default").fill("30");
        page.locator("#feel").fill("A gentle opening across the chest.");
        page.locator("#safety").fill("Stop if your shoulders pinch.");
        page.locator("details.props summary").click();
        page.locator("#prop-box").check();
        page.locator("#prop-box-y").fill("20");
        page.locator("#prop-box-x").fill("500");
        assertThat(page.locator("#figure-problem")).hasText(Pattern.compile("'figure.props.box.x' is 500 units"));
        button("Save").click();
        assertThat(page.locator("#prop-box-x")).isFocused();
        assertThat(page.locator("#prop-box-x")).hasAttribute("aria-invalid", "true");
        assertThat(page).hasURL(Pattern.compile("/exercises/new$"));
        assertAccessible();
    }

    @Test
    void editsDuplicatesAndDeletesExercises() {
        create(exercise("Desk reach", "Sit tall", "Reach up"));
        open("/exercises/desk-reach");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export")))
                .hasAttribute("href", "/api/v1/exercises/desk-reach/file");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)).click();
        page.waitForURL("**/exercises/desk-reach/edit");
        assertThat(page.locator("#exercise-form")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#name")).hasValue("Desk reach");
        assertThat(steps()).hasCount(2);
        assertThat(page.locator("#figure-pose")).hasValue("seated");
        page.locator("#name").fill("Desk reach, higher");
        byLabel(steps().nth(1), "Seconds").fill("8");
        button("Save").click();
        page.waitForURL("**/exercises/desk-reach");
        assertThat(page.locator("h1")).hasText("Desk reach, higher");
        assertThat(document("desk-reach").at("/steps/1/seconds").asInt()).isEqualTo(8);

        // A built-in exercise is duplicated, figure and all, rather than changed.
        open("/exercises/spine-twist");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true))).hasCount(0);
        assertThat(button("Delete")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Duplicate and edit")).click();
        assertThat(page.locator("#exercise-form")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#name")).hasValue("Spine Twist (copy)");
        assertThat(steps()).hasCount(4);
        assertThat(page.locator("#figure-view")).hasValue("above");
        assertThat(page.locator("#preview-right-frame")).isVisible();
        button("Save").click();
        page.waitForURL("**/exercises/spine-twist-copy");
        JsonNode copy = document("spine-twist-copy");
        assertThat(copy.at("/provenance/licence").asText()).isEqualTo("CC-BY-4.0");
        assertThat(copy.at("/figure/steps")).hasSize(4);
        assertThat(server.get("/api/v1/exercises/spine-twist-copy/figure.svg").statusCode()).isEqualTo(200);
        open("/exercises/spine-twist/edit");
        assertThat(page.locator("main")).containsText("cannot be changed here");

        open("/exercises/desk-reach");
        button("Delete").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("“Desk reach, higher” will be gone for good");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep it")).click();
        assertThat(page).hasURL(Pattern.compile("/exercises/desk-reach$"));
        button("Delete").click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
        page.waitForURL("**/library");
        assertThat(server.get("/api/v1/exercises/desk-reach").statusCode()).isEqualTo(404);
    }

    @Test
    void reordersStepsFromTheKeyboardWithTheirPoses() {
        create(exercise("Three part reach", "First part", "Second part", "Third part"));
        editor("/exercises/three-part-reach/edit");
        Locator first = page.locator("#steps > li[aria-labelledby='" + steps().nth(0).getAttribute("aria-labelledby") + "']");
        first.focus();
        page.keyboard().press("Alt+ArrowDown");
        assertThat(page.locator("#announce")).hasText("First part moved to position 2 of 3");
        assertThat(first).isFocused();
        page.keyboard().press("Alt+ArrowDown");
        page.keyboard().press("Alt+ArrowDown");
        assertThat(page.locator("#announce")).hasText("First part is already last.");
        steps().nth(0).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move down 1")).click();
        assertThat(page.locator("#announce")).hasText("Second part moved to position 2 of 3");
        steps().nth(2).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove 3")).click();
        assertThat(page.locator("#announce")).hasText("First part removed; 2 steps left.");
        button("Save").click();
        page.waitForURL("**/exercises/three-part-reach");
        JsonNode saved = document("three-part-reach");
        assertThat(saved.at("/steps/0/cue").asText()).isEqualTo("Third part");
        assertThat(saved.at("/steps/1/cue").asText()).isEqualTo("Second part");
        assertThat(saved.at("/figure/steps")).hasSize(2);
    }

    @Test
    void exportsAnExerciseAndARoutineAndImportsAFileFromTheLibrary(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        create(exercise("Handover stretch", "Sit tall", "Lean over"));
        open("/exercises/handover-stretch");
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Export")).click());
        assertThat(download.suggestedFilename()).isEqualTo("handover-stretch.yaml");
        java.nio.file.Path file = dir.resolve("handover-stretch.yaml");
        download.saveAs(file);
        assertThat(java.nio.file.Files.readString(file)).contains("name: Handover stretch");

        open("/routines");
        var routine = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Export Desk break")).click());
        assertThat(routine.suggestedFilename()).isEqualTo("desk-break.yaml");

        // Gone from this Loosen, then handed back in as the file.
        open("/exercises/handover-stretch");
        button("Delete").click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
        page.waitForURL("**/library");
        page.locator("details.import-file summary").click();
        page.locator("#import-file").setInputFiles(file);
        button("Import").click();
        assertThat(page.locator("#import-result")).hasText("Added 1 exercise: handover-stretch.");
        page.locator("#import-result a").click();
        page.waitForURL("**/exercises/handover-stretch");
        assertThat(page.locator("h1")).hasText("Handover stretch");

        open("/library");
        page.locator("details.import-file summary").click();
        page.locator("#import-file").setInputFiles(file);
        button("Import").click();
        assertThat(page.locator("#import-result")).containsText("Skipped, already in your library");

        java.nio.file.Path broken = dir.resolve("broken.yaml");
        java.nio.file.Files.writeString(broken, java.nio.file.Files.readString(file).replace("name: Handover stretch", "name: X"));
        page.locator("#import-file").setInputFiles(broken);
        button("Import").click();
        assertThat(page.locator("#import-result .problem")).containsText("'name'");
        assertThat(page.locator("#import-file")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#import-file")).isFocused();
    }

    @Test
    void draggingOnTheFigureMovesItThenTheJointLastMoved() {
        editor("/exercises/new");
        page.locator("#preview-left").scrollIntoViewIfNeeded();
        var box = page.locator("#preview-left").boundingBox();
        double x = box.x + box.width / 2;
        double y = box.y + box.height / 2;
        String before = drawn();
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + box.width / 8, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        assertThat(page.locator("#joint-x-value")).hasText("100");
        awaitRedraw(before);

        byLabel("Neck").focus();
        assertThat(page.locator("#drag-joint")).hasText("neck");
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + box.width / 16, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        assertThat(page.locator("#joint-neck-value")).hasText("20°");
        assertThat(page.locator("#joint-x-value")).hasText("100");
    }

    @Test
    void hostileTextStaysText() {
        String script = "<img src=x onerror=\"document.title='owned'\"><script>alert(1)</script>";
        create(exercise(script.replace("\"", "\\\""), "First part"));
        String id = json(server.get("/api/v1/exercises?q=onerror")).get(0).path("id").asText();
        editor("/exercises/" + id + "/edit");
        assertThat(page.locator("#name")).hasValue(script);
        assertThat(page.locator("main img:not(.figure)")).hasCount(0);
        assertThat(page).hasTitle(Pattern.compile("Loosen"));
    }

    @Test
    void isAccessibleInLightAndDarkAndShownInTheReadme() {
        create(exercise("Seated side reach", "Sit tall", "Reach over").replace("\"sides\": \"none\"", "\"sides\": \"both\""));
        editor("/exercises/seated-side-reach/edit");
        steps().nth(1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Pose this step 2")).click();
        page.locator("details.joint-group:has(summary:text-is('Left arm')) summary").click();
        String before = drawn();
        byLabel("Left shoulder").fill("150");
        byLabel("Left elbow").fill("30");
        byLabel("Spine rounding").fill("-10");
        awaitRedraw(before);
        assertThat(page.locator("#preview-right-frame")).isVisible();
        assertThat(page.locator("#preview-right")).hasAttribute("alt", "Seated side reach: Reach over.");
        assertAccessible();
        // The README shows the figure part, where the editor differs from every other form.
        page.locator("#figure-editor").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("exercise-editor.png")));

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        editor("/exercises/seated-side-reach/edit");
        assertAccessible();
        open("/exercises/seated-side-reach");
        assertAccessible();
        open("/library");
        page.locator("details.import-file summary").click();
        assertAccessible();
    }

    @Test
    void fitsAPhoneWithoutScrollingSideways() {
        try (BrowserContext phone = browser.newContext(phone())) {
            page = phone.newPage();
            editor("/exercises/new?from=egyptian-back-stretch");
            assertThat(page.locator("#name")).hasValue("Egyptian Back Stretch (copy)");
            page.locator("details.joint-group:has(summary:text-is('Right leg')) summary").click();
            page.locator("details.props summary").click();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            assertAccessible();
            screenshot("exercise-editor-phone");
        }
    }
}
