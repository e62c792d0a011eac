package io.loosen.progress.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one SVG writer every chart uses: escaping, numbers, ids. */
class SvgChartTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "' or 1=1 --",
            "\"quoted\" & 'single'", "]]><!--", "&amp; is not double-decoded", "a\u0000b\u0007c\u001Fd",
            "lone \uD800 surrogate", "\uFFFE\uFFFF", "emoji 🧘 and ü", "tab\tnew\nline\r"})
    void hostileTextSurvivesAsTextInTitlesDescriptionsTooltipsAndLabels(String hostile) {
        Svg svg = Svg.open("hostile", "chart-test", 100, 50, hostile, hostile);
        svg.withTooltip("rect", hostile, "class", hostile, "x", 1, "y", 2, "width", 3, "height", 4);
        svg.text(hostile, "x", 0, "y", 10);
        String out = svg.close();

        ChartXml xml = ChartXml.parse(out);

        String expected = expectedText(hostile);
        assertThat(xml.title()).isEqualTo(expected);
        assertThat(xml.description()).isEqualTo(expected);
        assertThat(xml.text("/svg/rect/title")).isEqualTo(expected);
        assertThat(xml.text("/svg/rect/@class")).isEqualTo(expected);
        assertThat(xml.text("/svg/text")).isEqualTo(expected);
        assertThat(xml.count("//script | //img | //comment()")).isZero();
        assertThat(out).doesNotContain("<script", "<img", "<!--");
    }

    /** What a hostile string reads as once parsed: itself, with XML's impossible characters as U+FFFD. */
    private static String expectedText(String hostile) {
        StringBuilder out = new StringBuilder();
        hostile.codePoints().forEach(cp -> {
            boolean allowed = cp == '\t' || cp == '\n' || cp == '\r'
                    || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            out.appendCodePoint(allowed ? cp : 0xFFFD);
        });
        return out.toString();
    }

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertThat(Svg.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(Svg.escape(null)).isEmpty();
        assertThat(Svg.escape("plain text")).isEqualTo("plain text");
    }

    @Test
    void keepsSurrogatePairsAndReplacesLoneSurrogates() {
        assertThat(Svg.escape("🧘")).isEqualTo("🧘");
        assertThat(Svg.escape("x\uDC00y\uD800")).isEqualTo("x\uFFFDy\uFFFD");
    }

    @ParameterizedTest
    @CsvSource({"12, 12", "12.5, 12.5", "12.25, 12.25", "12.125, 12.13", "0.1, 0.1", "-0.25, -0.25", "-0.001, 0",
            "99.999, 100"})
    void writesCoordinatesWithAtMostTwoDecimals(double value, String text) {
        assertThat(Svg.number(value)).isEqualTo(text);
    }

    @Test
    void refusesIdsThatAreNotPlainNames() {
        assertThatThrownBy(() -> Svg.open("a\" onload=\"x", "c", 1, 1, "t", "d"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Svg.open(null, "c", 1, 1, "t", "d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Svg.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesOutAttributesWithoutAValue() {
        String out = Svg.open("x", "c", 1, 1, "t", "d").element("rect", "stroke", null, "x", 1).close();

        assertThat(out).contains("<rect x=\"1\"/>").doesNotContain("stroke");
    }
}
