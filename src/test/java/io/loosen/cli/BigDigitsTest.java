package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The large countdown digits. */
class BigDigitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "42", "5:00", "10:00", ":"})
    void everyCountdownIsFiveRowsOfBlocks(String text) {
        List<String> rows = BigDigits.render(text);

        assertThat(rows).hasSize(BigDigits.HEIGHT).hasSize(5).allMatch(row -> row.matches("[█ ]*"));
        assertThat(String.join("", rows)).contains("██");
    }

    @Test
    void everyDigitLooksDifferent() {
        Set<List<String>> glyphs = new HashSet<>();
        for (char d = '0'; d <= '9'; d++) {
            glyphs.add(BigDigits.render(String.valueOf(d)));
        }

        assertThat(glyphs).hasSize(10);
    }

    @Test
    void zeroIsARing() {
        assertThat(BigDigits.render("0")).containsExactly("██████", "██  ██", "██  ██", "██  ██", "██████");
    }

    @Test
    void theColonIsTwoDotsInTheMiddleColumn() {
        assertThat(BigDigits.render(":")).containsExactly("", "  ██", "", "  ██", "");
    }

    @Test
    void digitsSitSideBySideEightCellsApart() {
        for (char a = '0'; a <= '9'; a++) {
            for (char b = '0'; b <= '9'; b++) {
                List<String> left = BigDigits.render(String.valueOf(a));
                List<String> right = BigDigits.render(String.valueOf(b));
                List<String> both = BigDigits.render("" + a + b);
                for (int r = 0; r < BigDigits.HEIGHT; r++) {
                    assertThat(both.get(r)).as("%s%s row %d", a, b, r)
                            .isEqualTo((Text.pad(left.get(r), 8) + right.get(r)).stripTrailing());
                }
            }
        }
    }

    @Test
    void aClockReadsMinutesColonSeconds() {
        List<String> clock = BigDigits.render("5:07");
        List<String> five = BigDigits.render("5");
        List<String> colon = BigDigits.render(":");

        for (int r = 0; r < BigDigits.HEIGHT; r++) {
            assertThat(clock.get(r)).startsWith(five.get(r));
            assertThat(clock.get(r).substring(8)).startsWith(colon.get(r));
        }
    }

    @Test
    void ignoresAnythingButDigitsAndColons() {
        assertThat(BigDigits.render("1 s")).isEqualTo(BigDigits.render("1"));
        assertThat(BigDigits.render("")).containsExactly("", "", "", "", "");
    }
}
