package io.loosen.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The planner's form on Today and the plan page, in real headless Chromium. */
class PlanPageTest extends BrowserTest {
    @Test
    void todaysFormPlansFourMinutesAtADeskAndStartsThePlan() {
        open("/");
        page.fill("#minutes", "4");
        page.selectOption("#plan-place", "desk");
        page.check("input[name=equipment][value=chair]");
        page.check("input[name=avoid][value=standing]");
        page.click(".plan-form button[type=submit]");
        page.waitForURL("**/plan?*");
        assertThat(page.locator("#plan-name")).isVisible();
        assertThat(page.locator(".plan-items li").first()).containsText("seated");
        assertThat(page.locator("input[name=avoid][value=standing]")).isChecked();
        assertAccessible();
        screenshot("plan");

        page.click("#start");
        page.waitForURL("**/play/todays-plan");
        assertThat(server.db.routines().all(CatalogForTests.CATALOG)).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(PlanPage.TODAYS_PLAN);
            assertThat(r.name()).isEqualTo("Today's plan");
        });
    }

    @Test
    void aPlanCanBeKeptUnderANameOfTheUsers() {
        open("/plan?minutes=3&place=desk");
        page.fill("#save-name", "Quick <desk> reset");
        page.click(".save-plan button");
        page.waitForURL("**/routines*");
        assertThat(page.locator("body")).containsText("Quick <desk> reset");
        server.db.routines().all(CatalogForTests.CATALOG).stream().filter(r -> r.name().startsWith("Quick"))
                .forEach(r -> server.db.routines().delete(r.id()));
    }

    @Test
    void aBadRequestIsShownWithTheFormAgain() {
        var response = page.navigate(server.origin() + "/plan?minutes=0&place=desk");
        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator(".problem")).containsText("minutes");
        assertThat(page.locator("#minutes")).hasValue("0");
        open("/plan?minutes=5&place=floor&avoid=seated&avoid=standing&avoid=lying&avoid=kneeling&avoid=hanging");
        assertThat(page.locator(".problem")).isVisible();
        assertAccessible();
    }
}
