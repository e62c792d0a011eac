package io.loosen.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.loosen.catalog.DraftFigure;
import io.loosen.figure.BasePose;
import io.loosen.figure.Joint;
import io.loosen.figure.Keyframes;
import io.loosen.figure.Pose;
import io.loosen.figure.Prop;
import io.loosen.figure.View;
import io.loosen.system.InvalidDataException;
import io.loosen.system.Vocabulary;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the exercise editor draws poses with, so there is one renderer and one set of rules:
 * {@code GET /api/v1/figure/joints} (every joint with its limits in each view, and the base poses the
 * sliders start from), {@code POST /api/v1/figure/preview.svg} (a draft exercise's figure, drawn by
 * {@link io.loosen.figure.FigureSvg} exactly as a saved one would be) and {@code POST /api/v1/figure/poses}
 * (a draft's key poses worked out joint by joint, hands and feet placed, for the sliders to show).
 */
final class FigureEditorApi {
    static final String FIGURE = WebApp.API + "/figure";
    /** How the draft is named in the loader's sentences, cut off before they are sent. */
    private static final String SOURCE = "exercise";

    private final Map<String, Object> joints = joints();

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(FIGURE + "/joints", this::joints);
        routes.post(FIGURE + "/preview.svg", this::preview);
        routes.post(FIGURE + "/poses", this::poses);
    }

    private void joints(Context ctx) {
        Query.of(ctx);
        ctx.json(joints);
    }

    private void preview(Context ctx) {
        Query query = Query.of(ctx, "side", "step", "beat", "motion");
        JsonNode draft = JsonBody.object(ctx, "the draft exercise");
        try {
            FigureApi.draw(ctx, query, DraftFigure.of(SOURCE, draft));
        } catch (InvalidDataException e) {
            throw ProblemException.invalid(SOURCE, e);
        }
    }

    private void poses(Context ctx) {
        Query.of(ctx);
        JsonNode draft = JsonBody.object(ctx, "the draft exercise");
        Keyframes keyframes;
        try {
            keyframes = DraftFigure.keyframes(SOURCE, draft);
        } catch (InvalidDataException e) {
            throw ProblemException.invalid(SOURCE, e);
        }
        ctx.json(Map.of("view", keyframes.view(), "steps", keyframes.steps().stream().map(k -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("pose", values(k.pose()));
            step.put("peak", k.peak() == null ? null : values(k.peak()));
            return step;
        }).toList()));
    }

    /** Whole numbers, as the catalog writes them: a tenth of a degree is far below a pixel. */
    private static Map<String, Long> values(Pose pose) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Joint j : Joint.values()) {
            values.put(j.slug(), Math.round(pose.get(j)));
        }
        return values;
    }

    private static Map<String, Object> joints() {
        List<Map<String, Object>> joints = Arrays.stream(Joint.values()).map(j -> {
            Map<String, Object> joint = new LinkedHashMap<>();
            joint.put("name", j.slug());
            joint.put("label", label(j));
            joint.put("side", j.side().name().toLowerCase(Locale.ROOT));
            // The word that sets this joint and its twin at once ("knees"), for writing both as one.
            joint.put("pair", j.side() == io.loosen.figure.Side.NONE ? null : j.both());
            joint.put("unit", j == Joint.X || j == Joint.Y ? "units" : "degrees");
            joint.put("min", j.min(View.SIDE));
            joint.put("max", j.max(View.SIDE));
            Map<String, Object> limits = new LinkedHashMap<>();
            for (View v : View.values()) {
                limits.put(v.slug(), Map.of("min", j.min(v), "max", j.max(v)));
            }
            joint.put("limits", limits);
            return joint;
        }).toList();
        List<Map<String, Object>> poses = Arrays.stream(BasePose.values()).map(base -> {
            Keyframes neutral = Keyframes.neutral(base, 1);
            Map<String, Object> props = new LinkedHashMap<>();
            neutral.props().forEach(p -> props.put(p.prop().slug(), Map.of("x", p.x(), "y", p.y())));
            Map<String, Object> pose = new LinkedHashMap<>();
            pose.put("name", base.slug());
            pose.put("view", base.view());
            pose.put("values", values(base.in(base.view())));
            pose.put("props", props);
            return pose;
        }).toList();
        return Map.of("joints", joints, "poses", poses,
                "views", Arrays.stream(View.values()).map(Vocabulary::slug).toList(),
                "props", Arrays.stream(Prop.values()).map(Vocabulary::slug).toList());
    }

    /** "Left shoulder", "Hips across": what a slider is called. */
    static String label(Joint j) {
        return switch (j) {
            case X -> "Hips across";
            case Y -> "Hips height";
            case LEAN -> "Whole body lean";
            case SPINE -> "Spine rounding";
            default -> {
                String words = j.slug().replace('-', ' ');
                yield words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
            }
        };
    }
}
