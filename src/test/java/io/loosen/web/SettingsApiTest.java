package io.loosen.web;

import static io.loosen.web.WebServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and replacing the settings over real HTTP, and what they change. */
class SettingsApiTest extends ServedTest {
    static HttpResponse<String> put(String body) {
        return server.send("PUT", "/api/v1/settings", body, "Content-Type", "application/json");
    }

    @AfterEach
    void reset() {
        put("{}");
    }

    @Test
    void theDefaultsUseTheComputersZone() {
        JsonNode settings = json(server.get("/api/v1/settings"));
        assertThat(settings.path("zone").isNull()).isTrue();
        assertThat(settings.path("defaultHold").isNull()).isTrue();
        assertThat(settings.path("voice").asBoolean()).isTrue();
        assertThat(settings.path("sounds").asBoolean()).isTrue();
        assertThat(settings.path("computerZone").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void savedSettingsAreReadBack() {
        HttpResponse<String> saved = put("""
                {"zone": "America/New_York", "defaultHold": 45, "voice": false, "voiceName": "Daniel <en-GB>",
                 "sounds": false}""");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode read = json(server.get("/api/v1/settings"));
        assertThat(read).isEqualTo(json(saved));
        assertThat(read.path("zone").asText()).isEqualTo("America/New_York");
        assertThat(read.path("defaultHold").asInt()).isEqualTo(45);
        assertThat(read.path("voiceName").asText()).isEqualTo("Daniel <en-GB>");
        assertThat(read.path("voice").asBoolean()).isFalse();
    }

    @Test
    void theChosenZoneDecidesWhichDayIsToday() {
        // 18:00 UTC on 12 March is still the 12th in Berlin but already the 13th in Auckland.
        assertThat(json(server.get("/api/v1/stats")).path("today").asText()).isEqualTo("2026-03-12");
        put("{\"zone\": \"Pacific/Auckland\"}");
        assertThat(json(server.get("/api/v1/stats")).path("today").asText()).isEqualTo("2026-03-13");
    }

    @Test
    void theDefaultHoldTimesHeldStretchesWithinTheirRange() {
        put("{\"defaultHold\": 300}");
        JsonNode timeline = json(server.get("/api/v1/routines/egyptian-back-stretch/timeline"));
        long longestHold = 0;
        for (JsonNode segment : timeline.path("segments")) {
            if (segment.path("kind").asText().equals("hold")) {
                longestHold = Math.max(longestHold, segment.path("durationMs").asLong());
            }
        }
        assertThat(longestHold).isEqualTo(60_000); // the Egyptian stretch allows 10–60 s
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"zone\": \"+01:00\"}",
            "{\"zone\": \"Mars/Olympus_Mons\"}",
            "{\"zone\": \"<script>\"}",
            "{\"defaultHold\": -5}",
            "{\"defaultHold\": 100000}",
            "{\"defaultHold\": \"long\"}",
            "{\"voice\": \"yes\"}",
            "{\"volume\": 11}",
            "[]",
            "not json",
    })
    void badSettingsAreRefusedAndTheOldOnesKept(String body) {
        put("{\"defaultHold\": 30}");
        HttpResponse<String> response = put(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).path("detail").asText()).isNotBlank();
        assertThat(json(server.get("/api/v1/settings")).path("defaultHold").asInt()).isEqualTo(30);
    }
}
