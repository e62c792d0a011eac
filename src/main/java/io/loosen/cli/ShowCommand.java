package io.loosen.cli;

import io.loosen.catalog.Describe;

import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseFigure;
import io.loosen.catalog.Step;
import io.loosen.figure.FigureSvg;
import io.loosen.figure.Side;
import io.loosen.system.ExitCode;
import io.loosen.system.Fields;
import io.loosen.system.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code loosen show ID}: everything about one exercise. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one exercise: its steps, what you should feel, and its safety notes.")
final class ShowCommand implements Callable<Integer> {
    private static final int WIDTH = 78;

    @ParentCommand
    LoosenCommand root;

    @Mixin
    Output output;

    @Parameters(paramLabel = "ID", description = "The exercise id, as 'loosen exercises' lists it.")
    String id;

    @Option(names = "--svg", paramLabel = "FILE",
            description = "Write the exercise's animated figure to this SVG file instead (left side for two-sided ones).")
    Path svg;

    @Override
    public Integer call() throws Exception {
        Exercise e = root.library().catalog().require(id);
        if (svg != null) {
            return writeFigure(e);
        }
        if (output.json) {
            return output.printJson(e);
        }
        PrintWriter out = output.out();
        print(e, out);
        out.flush();
        return ExitCode.OK;
    }

    private int writeFigure(Exercise e) {
        String shown = Fields.printable(svg.toString());
        Path absolute = svg.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new UserError("--svg " + shown + " is a folder; give a file name.");
        }
        if (absolute.getParent() != null && !Files.isDirectory(absolute.getParent())) {
            throw new UserError("--svg " + shown + " cannot be written: the folder "
                    + Fields.printable(absolute.getParent().toString()) + " does not exist.");
        }
        try {
            Files.writeString(absolute, FigureSvg.loop(ExerciseFigure.of(e), Side.LEFT), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UserError("--svg " + shown + " could not be written (" + failed.getMessage() + ").");
        }
        PrintWriter out = output.out();
        out.println("Wrote the figure of " + e.name() + " (" + e.steps().size() + " steps"
                + (e.twoSided() ? ", left side" : "") + ") to " + shown + ".");
        out.flush();
        return ExitCode.OK;
    }

    private static void print(Exercise e, PrintWriter out) {
        out.println(e.name() + "  (" + e.id() + ")");
        if (!e.aliases().isEmpty()) {
            out.println("Also called: " + String.join(", ", e.aliases()));
        }
        out.println();
        Text.wrap(e.summary(), WIDTH).forEach(out::println);
        out.println();
        field(out, "Helps with", Describe.words(e.counters()));
        field(out, "Works", Describe.words(e.targets()));
        field(out, "Position", Describe.words(e.positions()));
        field(out, "Where", Describe.words(e.places()));
        field(out, "Equipment", Describe.words(e.equipment()));
        field(out, "Sides", e.twoSided() ? "both: left first, then the same on the right" : "one");
        field(out, "Dose", Describe.dose(e, e.dose()) + " (" + Describe.range(e.dose()) + ")");
        field(out, "Difficulty", e.difficulty().slug());
        out.println();
        out.println(e.twoSided() ? "Steps (left side shown)" : "Steps");
        List<Step> steps = e.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String when = step.main() ? Describe.dose(e, e.dose()).replace(" each side", "") : step.seconds() + " s";
            List<String> lines = Text.wrap(fillLeft(e, step.text()) + " (" + when + ")", WIDTH - 5);
            for (int l = 0; l < lines.size(); l++) {
                out.println((l == 0 ? String.format("  %d. ", i + 1) : "     ") + lines.get(l));
            }
        }
        out.println();
        out.println("What you should feel");
        Text.wrap(e.feel(), WIDTH - 2).forEach(line -> out.println("  " + line));
        out.println();
        out.println("Safety");
        for (String note : e.safety()) {
            List<String> lines = Text.wrap(note, WIDTH - 4);
            for (int l = 0; l < lines.size(); l++) {
                out.println((l == 0 ? "  • " : "    ") + lines.get(l));
            }
        }
        if (e.provenance() != null) {
            out.println();
            Text.wrap("Written by " + e.provenance().author() + ", licence " + e.provenance().licence()
                    + (e.provenance().source() == null ? "" : ". " + e.provenance().source()) + ".", WIDTH)
                    .forEach(out::println);
        }
        if (e.review()) {
            out.println("Imported — review the dose: its hold, sides, positions and places were guessed from its text.");
        }
        if (e.origin().equals(io.loosen.catalog.CatalogLoader.STORED)) {
            out.println("Made or imported in the app (kept in your database).");
        } else if (!e.origin().equals(io.loosen.catalog.CatalogLoader.BUILT_IN)) {
            out.println("From your file " + e.origin());
        }
    }

    private static String fillLeft(Exercise e, String text) {
        return e.twoSided() ? text.replace("{side}", "left").replace("{other}", "right") : text;
    }

    private static void field(PrintWriter out, String name, String value) {
        out.println(Text.pad(name + ":", 12) + value);
    }
}
