package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small text layout helpers the terminal and the tables share. */
class TextTest {

    @ParameterizedTest(name = "{0} ms → {1}")
    @CsvSource({"0, 0:00", "999, 0:00", "1000, 0:01", "59999, 0:59", "245000, 4:05", "600000, 10:00",
        "3599000, 59:59", "3600000, 1:00:00", "3725000, 1:02:05", "-5000, 0:00"})
    void clockShowsMinutesAndSeconds(long millis, String expected) {
        assertThat(Text.clock(millis)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ms → {1}")
    @CsvSource({"0, 0 s", "45000, 45 s", "59499, 59 s", "59500, 1 min", "120000, 2 min", "130000, 2 min 10 s",
        "1400, 1 s", "1500, 2 s"})
    void durationRoundsToWholeSeconds(long millis, String expected) {
        assertThat(Text.duration(millis)).isEqualTo(expected);
    }

    @Nested
    class Wrap {
        @Test
        void breaksBetweenWordsWithinTheWidth() {
            assertThat(Text.wrap("the quick brown fox jumps over the lazy dog", 10))
                    .containsExactly("the quick", "brown fox", "jumps over", "the lazy", "dog");
        }

        @Test
        void collapsesWhitespaceAndKeepsShortTextOnOneLine() {
            assertThat(Text.wrap("  stand   tall\n and\tbreathe  ", 40)).containsExactly("stand tall and breathe");
        }

        @Test
        void aWordExactlyAsWideAsTheLineFits() {
            assertThat(Text.wrap("abcde fghij", 5)).containsExactly("abcde", "fghij");
        }

        @Test
        void cutsAWordLongerThanTheLine() {
            assertThat(Text.wrap("go supercalifragilistic now", 8))
                    .containsExactly("go", "supercal", "ifragili", "stic now");
        }

        @Test
        void noLineIsEverWiderThanAskedAndNothingIsLost() {
            String text = "Let your bent left knee sink slowly across your straight leg toward the floor, "
                    + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, and breathe.";
            for (int width = 1; width <= 30; width++) {
                int max = width;
                List<String> lines = Text.wrap(text, width);

                assertThat(lines).as("width %d", width).isNotEmpty()
                        .allMatch(line -> !line.isEmpty() && line.length() <= max);
                assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
            }
        }

        @Test
        void emptyTextHasNoLines() {
            assertThat(Text.wrap("   ", 10)).isEmpty();
        }
    }

    @Test
    void cutShortensWithAnEllipsisToExactlyTheWidth() {
        assertThat(Text.cut("Seated Middle Back Stretch", 10)).isEqualTo("Seated Mi…").hasSize(10);
        assertThat(Text.cut("Spine Twist", 11)).isEqualTo("Spine Twist");
        assertThat(Text.cut("Spine Twist", 40)).isEqualTo("Spine Twist");
    }

    @Test
    void padFillsToTheWidthButNeverCuts() {
        assertThat(Text.pad("ab", 5)).isEqualTo("ab   ");
        assertThat(Text.pad("abcdef", 3)).isEqualTo("abcdef");
    }

    @ParameterizedTest(name = "{0} of 10 → {1} filled")
    @CsvSource({"0, 0", "0.5, 5", "0.04, 0", "0.06, 1", "1, 10", "-1, 0", "2, 10", "NaN, 0"})
    void barFillsItsFraction(double fraction, int filled) {
        String bar = Text.bar(fraction, 10);

        assertThat(bar).hasSize(10).isEqualTo("█".repeat(filled) + "░".repeat(10 - filled));
    }
}
