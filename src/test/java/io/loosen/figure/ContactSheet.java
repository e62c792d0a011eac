package io.loosen.figure;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseFigure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The contact sheet {@code docs/figures.png}: every step of every built-in exercise as its still (and, for
 * two-sided ones, the main step mirrored for the right side), rendered by headless Chromium, for review by
 * eye. Run it with {@code mvn -B -o -q test -Dtest=ContactSheetTest -Dloosen.figures=docs/figures.png}
 * (without the property it writes target/figures.png).
 */
final class ContactSheet {
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static final int CELL = Integer.getInteger("loosen.figures.cell", 200);

    private ContactSheet() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args.length > 0 ? args[0] : "target/figures.png"), args.length > 1 ? args[1] : "");
    }

    /** Writes the sheet of the built-in exercises whose id contains {@code only} (all, when empty). */
    static void write(Path png, String only) throws Exception {
        String html = html(CatalogLoader.builtIn().stream().filter(e -> e.id().contains(only)).toList());
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.writeString(png.resolveSibling("figures.html"), html);
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true).setArgs(FLAGS))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1100, 600));
            page.setContent(html);
            page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
        }
    }

    static String html(List<Exercise> exercises) {
        StringBuilder out = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><body style=\""
                + "font:13px sans-serif;margin:12px;background:#fff\">");
        for (Exercise e : exercises) {
            Figure f = ExerciseFigure.of(e);
            out.append("<h3 style=\"margin:10px 0 2px\">").append(e.name()).append("</h3><div style=\"display:flex;flex-wrap:wrap;gap:6px\">");
            for (int i = 0; i < e.steps().size(); i++) {
                cell(out, FigureSvg.still(f, Side.LEFT, i), (i + 1) + ". " + f.cue(i, Side.LEFT));
                if (f.peak(i, Side.LEFT) != null) {
                    Figure peak = f;
                    cell(out, stillOf(peak, i), (i + 1) + "↑ top of a repetition");
                }
            }
            if (e.twoSided()) {
                cell(out, FigureSvg.still(f, Side.RIGHT, e.mainStepIndex()), "right side: " + f.cue(e.mainStepIndex(), Side.RIGHT));
            }
            out.append("</div>");
        }
        return out.append("</body></html>").toString();
    }

    private static String stillOf(Figure f, int step) {
        Keyframes k = f.keyframes();
        List<Keyframes.Keyframe> steps = new java.util.ArrayList<>(k.steps());
        steps.set(step, new Keyframes.Keyframe(steps.get(step).peak(), null));
        Figure top = new Figure(f.name(), new Keyframes(k.view(), k.props(), steps), f.steps(), f.regions(), f.twoSided());
        return FigureSvg.still(top, Side.LEFT, step);
    }

    private static void cell(StringBuilder out, String svg, String caption) {
        out.append("<figure style=\"margin:0;width:" + CELL + "px;border:1px solid #ccd;padding:2px\"><img width=\"" + CELL + "\" src=\"data:image/svg+xml;base64,")
                .append(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)))
                .append("\" alt=\"\"><figcaption style=\"font-size:11px\">").append(caption.replace("<", "&lt;"))
                .append("</figcaption></figure>");
    }
}
