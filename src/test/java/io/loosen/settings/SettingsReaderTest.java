package io.loosen.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.system.InvalidDataException;
import io.loosen.system.Json;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsReaderTest {
    static Settings read(String json) throws Exception {
        return SettingsReader.read("body", Json.mapper().readTree(json));
    }

    @Test
    void anEmptyObjectIsTheDefaults() throws Exception {
        assertThat(read("{}")).isEqualTo(Settings.DEFAULTS);
        assertThat(read("{\"zone\": null, \"defaultHold\": null, \"voiceName\": null}")).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void readsEveryField() throws Exception {
        assertThat(read("{\"zone\":\"UTC\",\"defaultHold\":5,\"voice\":false,\"voiceName\":\"Anna\",\"sounds\":false}"))
                .isEqualTo(new Settings(ZoneId.of("UTC"), 5, false, "Anna", false));
        assertThat(read("{\"defaultHold\": 300}").defaultHold()).isEqualTo(300);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"zone\": \"+01:00\"}                | zone",
            "{\"zone\": \"GMT+1\"}                 | zone",
            "{\"zone\": \"Europe/Nowhere\"}        | zone",
            "{\"zone\": \"\"}                      | zone",
            "{\"zone\": 5}                         | zone",
            "{\"defaultHold\": 4}                  | defaultHold",
            "{\"defaultHold\": 301}                | defaultHold",
            "{\"defaultHold\": -30}                | defaultHold",
            "{\"defaultHold\": 1e10}               | defaultHold",
            "{\"defaultHold\": 12.5}               | defaultHold",
            "{\"voice\": 1}                        | voice",
            "{\"voiceName\": \"\"}                 | voiceName",
            "{\"sound\": true}                     | sound",
    })
    void aBadFieldIsNamed(String json, String field) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidDataException.class)
                .satisfies(e -> assertThat(((InvalidDataException) e).field()).isEqualTo(field))
                .hasMessageContaining(field);
    }

    @Test
    void anOverlongVoiceNameIsRefused() {
        assertThatThrownBy(() -> read("{\"voiceName\": \"" + "v".repeat(201) + "\"}"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("voiceName");
    }
}
