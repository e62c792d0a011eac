package io.loosen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Routines page and the routine editor in a real Chromium: every change a user makes, by mouse and keyboard. */
class RoutineEditorTest extends BrowserTest {

    private Locator rows() {
        return page.locator("#items > li");
    }

    private List<String> order() {
        return rows().all().stream().map(r -> r.getAttribute("data-exercise")).toList();
    }

    private void add(String exerciseId) {
        page.locator("#add-exercise").selectOption(exerciseId);
        page.locator("#add-button").click();
    }

    private Locator card(String name) {
        return page.locator(".routine-card", new Page.LocatorOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true))));
    }

    private JsonNode routine(String id) {
        var response = server.get("/api/v1/routines/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private String idOf(String name) {
        for (JsonNode r : json(server.get("/api/v1/routines"))) {
            if (r.path("name").asText().equals(name)) {
                return r.path("id").asText();
            }
        }
        throw new AssertionError("no routine named " + name);
    }

    /** Drags a row by its handle to the middle of another row, with the mouse, in small steps. */
    private void drag(Locator row, Locator onto) {
        var from = row.locator(".handle").boundingBox();
        var to = onto.boundingBox();
        page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        page.mouse().down();
        page.mouse().move(to.x + to.width / 2, to.y + to.height / 4, new com.microsoft.playwright.Mouse.MoveOptions()
                .setSteps(8));
        page.mouse().up();
    }

    @Test
    void createsARoutineReordersItByDragAndKeyboardAndSavesIt() {
        open("/routines/new");
        page.locator("#name").fill("Evening unwind");
        page.locator("#summary").fill("Three to end the day.");
        add("spine-twist");
        add("egyptian-back-stretch");
        add("inverted-row");
        assertThat(order()).containsExactly("spine-twist", "egyptian-back-stretch", "inverted-row");
        assertThat(page.locator("#announce")).hasText("Inverted Row added at position 3 of 3");

        drag(rows().nth(2), rows().nth(0));
        assertThat(order()).containsExactly("inverted-row", "spine-twist", "egyptian-back-stretch");
        assertThat(page.locator("#announce")).hasText("Inverted Row moved to position 1 of 3");

        Locator twist = page.locator("#items > li[data-exercise=spine-twist]");
        twist.focus();
        page.keyboard().press("Alt+ArrowDown");
        assertThat(order()).containsExactly("inverted-row", "egyptian-back-stretch", "spine-twist");
        assertThat(page.locator("#announce")).hasText("Spine Twist moved to position 3 of 3");
        assertThat(twist).isFocused();
        page.keyboard().press("Alt+ArrowUp");
        page.keyboard().press("Alt+ArrowUp");
        assertThat(order()).containsExactly("spine-twist", "inverted-row", "egyptian-back-stretch");
        assertThat(page.locator("#announce")).hasText("Spine Twist moved to position 1 of 3");
        page.keyboard().press("Alt+ArrowUp");
        assertThat(page.locator("#announce")).hasText("Spine Twist is already first.");

        Locator egyptian = page.locator("#items > li[data-exercise=egyptian-back-stretch]");
        egyptian.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move up Egyptian Back Stretch"))
                .click();
        assertThat(order()).containsExactly("spine-twist", "egyptian-back-stretch", "inverted-row");
        assertThat(page.locator("#announce")).hasText("Egyptian Back Stretch moved to position 2 of 3");

        twist.getByLabel("Hold (s)").fill("40");
        twist.getByLabel("Sides").selectOption("left");
        twist.getByLabel("Rest after (s)").fill("5");
        Locator row = page.locator("#items > li[data-exercise=inverted-row]");
        row.getByLabel("Repetitions").fill("6");
        row.getByLabel("Sets").fill("1");
        String shownTotal = page.locator("#total").textContent();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.waitForURL("**/routines");

        assertThat(card("Evening unwind")).isVisible();
        JsonNode saved = routine("evening-unwind");
        assertThat(saved.at("/routine/items/0/hold").asInt()).isEqualTo(40);
        assertThat(saved.at("/routine/items/0/sides").asText()).isEqualTo("left");
        assertThat(saved.at("/routine/items/0/rest").asInt()).isEqualTo(5);
        assertThat(saved.at("/routine/items/2/reps").asInt()).isEqualTo(6);
        assertThat(saved.at("/routine/summary").asText()).isEqualTo("Three to end the day.");
        // The editor's running total is what the timeline plays, to the second.
        assertThat(shownTotal).isEqualTo(RoutineCard.duration(saved.path("totalSeconds").asLong()));
        assertThat(card("Evening unwind").locator("[data-length]")).hasText(shownTotal);
    }

    @Test
    void editsDuplicatesAndDeletesARoutine() {
        server.send("POST", "/api/v1/routines", """
                {"name": "Lunch stretch", "exercises": [{"exercise": "seated-middle-back-stretch"},
                 {"exercise": "standing-pole-stretch", "sides": "right"}]}""", "Content-Type", "application/json");
        open("/routines");
        card("Lunch stretch").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit Lunch stretch"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/routines/lunch-stretch/edit$"));
        assertThat(page.locator("#name")).hasValue("Lunch stretch");
        assertThat(page.locator("#items > li[data-exercise=standing-pole-stretch]").getByLabel("Sides"))
                .hasValue("right");
        page.locator("#name").fill("Long lunch stretch");
        page.locator("#items > li[data-exercise=seated-middle-back-stretch]")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove Seated Middle Back Stretch"))
                .click();
        add("pull-up-bar-hang");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        page.waitForURL("**/routines");
        assertThat(card("Long lunch stretch")).isVisible();
        JsonNode edited = routine("lunch-stretch");
        assertThat(edited.path("name").asText()).isEqualTo("Long lunch stretch");
        assertThat(edited.at("/routine/items/0/exercise").asText()).isEqualTo("standing-pole-stretch");
        assertThat(edited.at("/routine/items/1/exercise").asText()).isEqualTo("pull-up-bar-hang");

        card("Long lunch stretch").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Duplicate Long lunch stretch")).click();
        page.waitForURL(Pattern.compile(".*/routines/long-lunch-stretch-copy[-0-9]*/edit$"));
        assertThat(page.locator("#name")).hasValue("Long lunch stretch (copy)");
        open("/routines");
        assertThat(card("Long lunch stretch (copy)")).isVisible();

        card("Long lunch stretch (copy)").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Delete Long lunch stretch (copy)")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("“Long lunch stretch (copy)” will be gone for good");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep it")).click();
        assertThat(card("Long lunch stretch (copy)")).isVisible();

        card("Long lunch stretch (copy)").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Delete Long lunch stretch (copy)")).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete")).click();
        assertThat(page.locator("#routines-status")).hasText("Deleted “Long lunch stretch (copy)”.");
        assertThat(card("Long lunch stretch (copy)")).hasCount(0);
        assertThat(card("Long lunch stretch")).isVisible();
        open("/routines");
        assertThat(card("Long lunch stretch (copy)")).hasCount(0);
    }

    @Test
    void aBuiltInRoutineIsDuplicatedInsteadOfEdited() {
        open("/routines");
        assertThat(card("Desk break").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start Desk break")))
                .hasAttribute("href", "/play/desk-break");
        assertThat(card("Desk break").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit Desk break")))
                .hasCount(0);
        assertThat(card("Desk break").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete Desk break")))
                .hasCount(0);
        open("/routines/desk-break/edit");
        assertThat(page.locator("main")).containsText("built-in routines cannot be changed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duplicate Desk break")).click();
        page.waitForURL(Pattern.compile(".*/routines/desk-break-copy[-0-9]*/edit$"));
        assertThat(page.locator("#name")).hasValue("Desk break (copy)");
        assertThat(rows()).hasCount(2);
    }

    @Test
    void showsTheApisProblemNextToTheFieldItNames() {
        open("/routines/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#name-problem")).hasText("Field 'name' is 0 characters long (''); it must be 1–80 characters.");
        assertThat(page.locator("#name")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#name")).isFocused();

        page.locator("#name").fill("Too short a hold");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#exercises-problem")).containsText("it needs 1–30");
        assertThat(page.locator("#name-problem")).isHidden();

        add("seated-middle-back-stretch");
        add("egyptian-back-stretch");
        Locator hold = rows().nth(1).getByLabel("Hold (s)");
        hold.fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        Locator problem = rows().nth(1).locator(".problem");
        assertThat(problem).hasText(Pattern.compile("'exercises\\[1\\]\\.hold' is 3 seconds, outside the allowed 10–60 seconds"));
        assertThat(hold).hasAttribute("aria-invalid", "true");
        assertThat(hold).isFocused();
        assertThat(hold).hasAttribute("aria-describedby", Pattern.compile(problem.getAttribute("id")));
        assertThat(page).hasURL(Pattern.compile("/routines/new$"));
        assertAccessible();
    }

    @Test
    void hostileNamesAreShownAsText() {
        String script = "<img src=x onerror=\"document.title='owned'\"><script>alert(1)</script>";
        server.send("POST", "/api/v1/routines", "{\"name\": " + WebServerJson.quote(script)
                + ", \"exercises\": [{\"exercise\": \"spine-twist\"}]}", "Content-Type", "application/json");
        open("/routines");
        assertThat(card(script)).isVisible();
        card(script).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete " + script)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText(script);
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep it"))
                .click();
        card(script).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit " + script)).click();
        assertThat(page.locator("#name")).hasValue(script);
        assertThat(page).hasTitle(Pattern.compile("Loosen"));
        assertThat(page.locator("main img")).hasCount(0);
    }

    @Test
    void theListAndTheEditorAreAccessible() {
        server.send("POST", "/api/v1/routines", """
                {"name": "Accessible", "summary": "For the checks.", "exercises": [{"exercise": "spine-twist"},
                 {"exercise": "inverted-row"}, {"exercise": "egyptian-back-stretch", "sides": "left"}]}""",
                "Content-Type", "application/json");
        open("/routines");
        assertThat(card("Accessible")).isVisible();
        assertAccessible();
        screenshot("routines");

        open("/routines/accessible/edit");
        assertThat(rows()).hasCount(3);
        assertAccessible();
        screenshot("routine-editor");

        open("/routines/daily/edit");
        assertAccessible();

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        open("/routines/accessible/edit");
        assertAccessible();
        screenshot("routine-editor-dark");
        open("/routines");
        assertAccessible();
    }

    @Test
    void fitsAPhoneWithoutScrollingSideways() {
        try (BrowserContext phone = browser.newContext(phone())) {
            page = phone.newPage();
            open("/routines/new");
            page.locator("#name").fill("A name long enough to wrap on a narrow phone screen, really");
            add("spine-twist");
            add("inverted-row");
            add("seated-middle-back-stretch");
            assertThat(rows()).hasCount(3);
            assertNoSidewaysScroll();
            assertAccessible();
            screenshot("routine-editor-phone");

            open("/routines");
            assertNoSidewaysScroll();
            screenshot("routines-phone");
        }
    }

    private void assertNoSidewaysScroll() {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + page.url()).isLessThanOrEqualTo(0);
    }

    /** JSON string quoting for test bodies. */
    private static final class WebServerJson {
        static String quote(String text) {
            return io.loosen.system.Json.write(com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
        }
    }
}
