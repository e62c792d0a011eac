package io.loosen.web;

import static io.loosen.web.WebServer.NOW;
import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.remind.Due;
import io.loosen.remind.Reminder;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reminders API over real HTTP: CRUD, snooze, skip today, pause, what is due, and the calendar feed. */
class ReminderApiTest extends ServedTest {
    static final String DAILY = """
            {"routine": "daily", "kind": "daily", "at": "07:30", "days": ["monday", "friday"]}""";
    static final String BREAKS = """
            {"routine": "desk-break", "kind": "desk-breaks", "every": 50, "from": "09:00", "until": "17:30",
             "days": ["monday", "tuesday", "wednesday", "thursday", "friday"]}""";

    static HttpResponse<String> send(String method, String path, String body) {
        return server.send(method, path, body == null ? "" : body, "Content-Type", "application/json");
    }

    static JsonNode created(String body) {
        HttpResponse<String> response = send("POST", "/api/v1/reminders", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    @AfterEach
    void clear() {
        clearReminders();
    }

    /** Back to no reminders and no pause: the test classes share one server per class. */
    static void clearReminders() {
        for (Reminder r : server.db.reminders().all()) {
            server.db.reminders().delete(r.id());
        }
        server.db.reminders().pauseUntil(null);
    }

    @Test
    void routinesOfTheCatalogExist() {
        // The bodies above name built-in routines; if they are renamed, these tests should say so first.
        assertThat(server.get("/api/v1/routines/desk-break").statusCode()).isEqualTo(200);
        assertThat(server.get("/api/v1/routines/daily").statusCode()).isEqualTo(200);
    }

    @Nested
    class Keeping {
        @Test
        void aCreatedReminderIsListedWithItsAddressAndNextMoments() {
            HttpResponse<String> response = send("POST", "/api/v1/reminders", DAILY);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode reminder = json(response);
            assertThat(response.headers().firstValue("Location")).contains("/api/v1/reminders/" + reminder.path("id").asText());
            assertThat(reminder.path("at").asText()).isEqualTo("07:30");
            assertThat(reminder.path("days")).extracting(JsonNode::asText).containsExactly("monday", "friday");
            assertThat(reminder.path("skippedDay").isNull()).isTrue();

            JsonNode list = json(server.get("/api/v1/reminders"));
            assertThat(list.path("reminders")).hasSize(1);
            assertThat(list.path("zone").asText()).isEqualTo("Europe/Berlin");
            // Thursday 12 March, 19:00 in Berlin: next is Friday 07:30 (06:30Z), then Monday.
            assertThat(list.path("next").get(0).path("at").asText()).isEqualTo("2026-03-13T06:30:00Z");
            assertThat(list.path("next").get(1).path("at").asText()).isEqualTo("2026-03-16T06:30:00Z");
            assertThat(list.path("next").get(0).path("player").asText()).isEqualTo("/play/daily");
        }

        @Test
        void aReminderCanBeReplacedReadAndDeleted() {
            String id = created(DAILY).path("id").asText();
            HttpResponse<String> replaced = send("PUT", "/api/v1/reminders/" + id, BREAKS);
            assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
            JsonNode read = json(server.get("/api/v1/reminders/" + id));
            assertThat(read).isEqualTo(json(replaced));
            assertThat(read.path("kind").asText()).isEqualTo("desk-breaks");
            assertThat(read.path("every").asInt()).isEqualTo(50);
            assertThat(send("DELETE", "/api/v1/reminders/" + id, null).statusCode()).isEqualTo(204);
            HttpResponse<String> gone = server.get("/api/v1/reminders/" + id);
            assertThat(gone.statusCode()).isEqualTo(404);
            assertThat(json(gone).path("field").asText()).isEqualTo("id");
        }

        @Test
        void snoozeAndSkipTodayChangeOnlyThoseMoments() {
            String id = created(DAILY).path("id").asText();
            JsonNode snoozed = json(send("POST", "/api/v1/reminders/" + id + "/snooze", "{\"minutes\": 10}"));
            assertThat(snoozed.path("snoozedUntil").asText()).isEqualTo(NOW.plus(Duration.ofMinutes(10)).toString());
            JsonNode next = json(server.get("/api/v1/reminders")).path("next").get(0);
            assertThat(next.path("at").asText()).isEqualTo("2026-03-12T18:10:00Z");

            HttpResponse<String> skipped = send("POST", "/api/v1/reminders/" + id + "/skip-today", null);
            assertThat(skipped.statusCode()).as(skipped.body()).isEqualTo(200);
            assertThat(json(skipped).path("skippedDay").asText()).isEqualTo("2026-03-12");
            assertThat(json(server.get("/api/v1/reminders")).path("next").get(0).path("at").asText())
                    .isEqualTo("2026-03-13T06:30:00Z");
        }

        @Test
        void aPauseQuietsEverythingUntilItsDayAndCanBeLifted() {
            created(DAILY);
            HttpResponse<String> paused = send("PUT", "/api/v1/reminders/pause", "{\"until\": \"2026-03-20\"}");
            assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
            JsonNode list = json(server.get("/api/v1/reminders"));
            assertThat(list.path("pausedUntil").asText()).isEqualTo("2026-03-20");
            assertThat(list.path("next").get(0).path("at").asText()).isEqualTo("2026-03-20T06:30:00Z");
            assertThat(send("DELETE", "/api/v1/reminders/pause", null).statusCode()).isEqualTo(204);
            assertThat(json(server.get("/api/v1/reminders")).path("pausedUntil").isNull()).isTrue();
        }

        @Test
        void theDueListShowsWhatWasSentInTheLastQuarterHourOnce() {
            JsonNode reminder = created(DAILY);
            String id = reminder.path("id").asText();
            server.db.reminders().recordSent(new Due(id, "daily", NOW.minus(Duration.ofMinutes(2)), false));
            server.db.reminders().recordSent(new Due(id, "daily", NOW.minus(Duration.ofMinutes(20)), false));
            JsonNode due = json(server.get("/api/v1/reminders/due"));
            assertThat(due).hasSize(1);
            assertThat(due.get(0).path("routineName").asText()).isEqualTo("Daily loosen-up");
            assertThat(due.get(0).path("player").asText()).isEqualTo("/play/daily");
            assertThat(json(server.get("/api/v1/reminders/due?since=" + NOW.minus(Duration.ofMinutes(1))))).isEmpty();
        }
    }

    @Nested
    class BadInput {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "unknown field|{\"routine\": \"desk-break\", \"kind\": \"daily\", \"at\": \"07:30\", \"days\": [\"monday\"], \"sound\": 1}|sound",
            "unknown kind|{\"routine\": \"desk-break\", \"kind\": \"hourly\", \"at\": \"07:30\", \"days\": [\"monday\"]}|kind",
            "missing days|{\"routine\": \"desk-break\", \"kind\": \"daily\", \"at\": \"07:30\"}|days",
            "no days|{\"routine\": \"desk-break\", \"kind\": \"daily\", \"at\": \"07:30\", \"days\": []}|days",
            "a day twice|{\"routine\": \"desk-break\", \"kind\": \"daily\", \"at\": \"07:30\", \"days\": [\"monday\", \"monday\"]}|days",
            "a day misspelt|{\"routine\": \"desk-break\", \"kind\": \"daily\", \"at\": \"07:30\", \"days\": [\"mon\"]}|days[0]",
            "hour 25|{\"routine\": \"desk-break\", \"kind\": \"daily\", \"at\": \"25:00\", \"days\": [\"monday\"]}|at",
            "one-digit hour|{\"routine\": \"desk-break\", \"kind\": \"daily\", \"at\": \"7:30\", \"days\": [\"monday\"]}|at",
            "a number as time|{\"routine\": \"desk-break\", \"kind\": \"daily\", \"at\": 730, \"days\": [\"monday\"]}|at",
            "too often|{\"routine\": \"desk-break\", \"kind\": \"desk-breaks\", \"every\": 4, \"from\": \"09:00\", \"until\": \"17:00\", \"days\": [\"monday\"]}|every",
            "huge interval|{\"routine\": \"desk-break\", \"kind\": \"desk-breaks\", \"every\": 99999999999, \"from\": \"09:00\", \"until\": \"17:00\", \"days\": [\"monday\"]}|every",
            "negative interval|{\"routine\": \"desk-break\", \"kind\": \"desk-breaks\", \"every\": -50, \"from\": \"09:00\", \"until\": \"17:00\", \"days\": [\"monday\"]}|every",
            "hours backwards|{\"routine\": \"desk-break\", \"kind\": \"desk-breaks\", \"every\": 50, \"from\": \"17:00\", \"until\": \"09:00\", \"days\": [\"monday\"]}|until",
            "daily field on breaks|{\"routine\": \"desk-break\", \"kind\": \"desk-breaks\", \"at\": \"09:00\", \"every\": 50, \"from\": \"09:00\", \"until\": \"17:00\", \"days\": [\"monday\"]}|at",
            "unknown routine|{\"routine\": \"desk-brake\", \"kind\": \"daily\", \"at\": \"07:30\", \"days\": [\"monday\"]}|routine",
            "hostile routine|{\"routine\": \"x'); drop table reminder; --<script>\", \"kind\": \"daily\", \"at\": \"07:30\", \"days\": [\"monday\"]}|routine",
        })
        void aBadReminderIsA400NamingTheField(String why, String body, String field) {
            HttpResponse<String> response = send("POST", "/api/v1/reminders", body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(response).path("field").asText()).isEqualTo(field);
            assertThat(server.db.reminders().all()).isEmpty();
        }

        @Test
        void anUnknownRoutineGetsASuggestion() {
            HttpResponse<String> response = send("POST", "/api/v1/reminders", """
                    {"routine": "desk-brake", "kind": "daily", "at": "07:30", "days": ["monday"]}""");
            assertThat(json(response).path("detail").asText()).contains("desk-break");
        }

        @Test
        void notJsonNotAnObjectAndTheWrongTypeAreRefused() {
            assertThat(server.send("POST", "/api/v1/reminders", DAILY, "Content-Type", "text/plain").statusCode())
                    .isEqualTo(415);
            assertThat(send("POST", "/api/v1/reminders", "[1, 2]").statusCode()).isEqualTo(400);
            assertThat(send("POST", "/api/v1/reminders", "{\"routine\": ").statusCode()).isEqualTo(400);
        }

        @ParameterizedTest
        @CsvSource({"15", "0", "-5", "100000000000", "\"ten\""})
        void aSnoozeIsFiveTenOrThirtyMinutes(String minutes) {
            String id = created(DAILY).path("id").asText();
            HttpResponse<String> response = send("POST", "/api/v1/reminders/" + id + "/snooze", "{\"minutes\": " + minutes + "}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json(response).path("field").asText()).isEqualTo("minutes");
        }

        @ParameterizedTest
        @CsvSource({"2026-03-12", "2026-03-11", "2028-01-01", "next week", "2026-02-30"})
        void aPauseEndsAfterTodayAndWithinAYear(String until) {
            HttpResponse<String> response = send("PUT", "/api/v1/reminders/pause", "{\"until\": \"" + until + "\"}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json(response).path("field").asText()).isEqualTo("until");
        }

        @Test
        void skipTodayTakesNoBodyAndUnknownRemindersAre404() {
            String id = created(DAILY).path("id").asText();
            assertThat(send("POST", "/api/v1/reminders/" + id + "/skip-today", "{}").statusCode()).isEqualTo(400);
            assertThat(send("POST", "/api/v1/reminders/nope/skip-today", null).statusCode()).isEqualTo(404);
            assertThat(send("DELETE", "/api/v1/reminders/%27%20or%20%271%27=%271", null).statusCode()).isEqualTo(404);
            assertThat(server.get("/api/v1/reminders/due?since=yesterday").statusCode()).isEqualTo(400);
            assertThat(server.get("/api/v1/reminders?sort=up").statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class CalendarFeedAddress {
        @Test
        void theRightTokenGivesTheFeed() {
            created(DAILY);
            created(BREAKS);
            HttpResponse<String> feed = server.get(CalendarFeed.PATH + "?token=" + server.db.reminders().calendarToken());
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
            assertThat(feed.headers().firstValue("Cache-Control")).contains("private, no-cache");
            assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("RRULE:FREQ=WEEKLY;BYDAY=MO,FR")
                    .contains("BEGIN:VALARM");
            assertThat(feed.body().split("BEGIN:VEVENT", -1)).hasSize(1 + 1 + 10); // 07:30 and ten breaks
        }

        @ParameterizedTest
        @CsvSource({"''", "'?token='", "'?token=wrong'", "'?token=%27%20or%20%271%27=%271'", "'?tok=x'"})
        void aWrongOrMissingTokenIsAPlain404(String query) {
            String token = server.db.reminders().calendarToken();
            HttpResponse<String> response = server.get(CalendarFeed.PATH + query);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain(token).doesNotContain("token");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/html"));
            assertThat(response.body()).contains("<title>Not found · Loosen</title>");
        }

        @Test
        void aCorrectTokenWithMoreParametersIsStillA404() {
            String token = server.db.reminders().calendarToken();
            assertThat(server.get(CalendarFeed.PATH + "?token=" + token + "&x=1").statusCode()).isEqualTo(404);
            assertThat(server.get(CalendarFeed.PATH + "?token=" + token.substring(0, 42)).statusCode()).isEqualTo(404);
        }
    }
}
