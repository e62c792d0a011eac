package io.loosen.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseFigure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Every picture of every built-in exercise is well-formed SVG under 8 KB, with a text alternative. */
public class FigureSvgTest {
    public static final int MAX_BYTES = 8 * 1024;

    public static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every picture the API can draw of an exercise. */
    static List<String> pictures(Exercise e) {
        Figure f = ExerciseFigure.of(e);
        List<String> all = new ArrayList<>();
        for (Side side : e.twoSided() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.LEFT)) {
            all.add(FigureSvg.loop(f, side));
            all.add(FigureSvg.stills(f, side));
            for (int i = 0; i < e.steps().size(); i++) {
                all.add(FigureSvg.step(f, side, i, -1));
                all.add(FigureSvg.still(f, side, i));
                for (int b = 0; b < f.steps().get(i).beats().size(); b++) {
                    all.add(FigureSvg.step(f, side, i, b));
                }
            }
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("io.loosen.figure.Figures#builtIn")
    void everyPictureIsWellFormedSvgUnderEightKilobytes(Exercise e) throws Exception {
        for (String svg : pictures(e)) {
            Document doc = parse(svg);
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
            assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent()).contains(e.name());
            assertThat(svg.getBytes(StandardCharsets.UTF_8).length).as(e.id()).isLessThan(MAX_BYTES);
            assertThat(svg).doesNotContain("style", "<script", "NaN", "Infinity");
        }
    }

    @ParameterizedTest
    @MethodSource("io.loosen.figure.Figures#builtIn")
    void theLoopEasesBetweenTheStepsAndRepeats(Exercise e) {
        String svg = FigureSvg.loop(ExerciseFigure.of(e), Side.LEFT);
        assertThat(svg).contains("calcMode=\"spline\"", "repeatCount=\"indefinite\"", "<animateTransform");
        assertThat(FigureSvg.stills(ExerciseFigure.of(e), Side.LEFT)).doesNotContain("<animate");
    }

    @ParameterizedTest
    @MethodSource("io.loosen.figure.Figures#builtIn")
    void theRightSideIsTheLeftSideDrawnInAMirror(Exercise e) {
        if (!e.twoSided()) {
            return;
        }
        Figure f = ExerciseFigure.of(e);
        String left = FigureSvg.still(f, Side.LEFT, e.mainStepIndex());
        String right = FigureSvg.still(f, Side.RIGHT, e.mainStepIndex());
        String mirror = f.keyframes().view() == View.ABOVE ? "<g transform=\"matrix(1 0 0 -1 0 150)\">"
                : "<g transform=\"matrix(-1 0 0 1 160 0)\">";
        String leftBody = left.substring(left.indexOf("</defs>") + 7, left.lastIndexOf("</svg>"));
        String rightBody = right.substring(right.indexOf("</defs>") + 7, right.lastIndexOf("</svg>"));
        String floor = leftBody.startsWith("<rect y=\"144\"") ? leftBody.substring(0, leftBody.indexOf("/>") + 2) : "";
        assertThat(rightBody).isEqualTo(floor + mirror + leftBody.substring(floor.length()) + "</g>");
    }

    /** The parts an exercise works glow softly, drawn inside the part they belong to so they move with it. */
    @ParameterizedTest
    @MethodSource("io.loosen.figure.Figures#builtIn")
    void eachTargetRegionGlowsOnceInEveryPicture(Exercise e) {
        Figure f = ExerciseFigure.of(e);
        assertThat(f.regions()).as(e.id()).isNotEmpty();
        for (String svg : List.of(FigureSvg.loop(f, Side.LEFT), FigureSvg.still(f, Side.LEFT, e.mainStepIndex()))) {
            assertThat(svg.split("url\\(#glow\\)", -1)).as(e.id()).hasSize(f.regions().size() + 1);
            assertThat(svg).contains("<radialGradient id=\"glow\">");
        }
        Figure plain = new Figure(f.name(), f.keyframes(), f.steps(), List.of(), f.twoSided());
        assertThat(FigureSvg.loop(plain, Side.LEFT)).doesNotContain("url(#glow)");
    }

    @Test
    void theTextAlternativeTellsTheStepsInOrderForTheSideShown() {
        Figure twist = Figures.of("spine-twist");
        assertThat(FigureSvg.describe(twist, Side.RIGHT)).isEqualTo("Figure showing Spine Twist, right side: "
                + "1. Lie on your back, arms out wide. 2. Bend your right knee, other leg long. "
                + "3. Knee across to the left side, shoulders down (hold). 4. Knee back to the middle, legs long.");
        assertThat(FigureSvg.describe(Figures.of("kneeling-cat-back-stretch"), Side.LEFT))
                .contains("2. Round up, tuck your chin (repeat).");
    }

    @Test
    void aSessionStepEasesOnceIntoItsPoseAndStays() {
        Figure cat = Figures.of("kneeling-cat-back-stretch");
        String round = FigureSvg.step(cat, Side.LEFT, 1, 0);
        assertThat(round).contains("dur=\"3s\"", "fill=\"freeze\"").doesNotContain("repeatCount");
        assertThat(FigureSvg.step(cat, Side.LEFT, 0, -1)).doesNotContain("<animate");
        assertThat(FigureSvg.still(cat, Side.LEFT, 1)).doesNotContain("<animate");
    }

    @Test
    void textIsEscaped() throws Exception {
        Figure f = Figures.of("spine-twist");
        Figure hostile = new Figure("<script>alert(1)</script> & \"x\"", f.keyframes(), f.steps(), f.regions(), true);
        String svg = FigureSvg.loop(hostile, Side.LEFT);
        parse(svg);
        assertThat(svg).doesNotContain("<script>");
    }
}
