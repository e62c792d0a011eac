package io.loosen.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseFilter;
import io.loosen.catalog.ExerciseReader;
import io.loosen.catalog.ExerciseWriter;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.catalog.Target;
import io.loosen.routine.RoutineIds;
import io.loosen.system.DataFiles;
import io.loosen.system.InvalidDataException;
import io.loosen.system.Json;
import io.loosen.system.Suggest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalog: {@code /api/v1/exercises}, filtered as {@code loosen exercises} filters it, each exercise in
 * the catalog format ({@code /document}, {@code /file}), and the user's own exercises: create, replace and
 * delete. An exercise sent here is read by {@link ExerciseReader}, the very rules of the catalog files, and
 * stored in the database; built-in exercises and the user's files cannot be changed here. The whole list,
 * the most asked-for answer, is written to JSON once per change of the catalog ({@link LiveCatalog}).
 */
final class ExerciseApi {
    static final String EXERCISES = WebApp.API + "/exercises";
    /** How an exercise in a request body is named in messages. */
    static final String SOURCE = "exercise";
    static final String EDITABLE = "X-Loosen-Editable";

    private final WebContext web;

    ExerciseApi(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(EXERCISES, this::list);
        routes.post(EXERCISES, this::create);
        routes.get(EXERCISES + "/{id}", this::one);
        routes.put(EXERCISES + "/{id}", this::replace);
        routes.delete(EXERCISES + "/{id}", this::delete);
        routes.get(EXERCISES + "/{id}/document", this::document);
        routes.get(EXERCISES + "/{id}/file", this::file);
    }

    private void list(Context ctx) {
        Query query = Query.of(ctx, "place", "equipment", "position", "target", "q");
        ExerciseFilter filter = new ExerciseFilter(query.word("place", Place.class),
                query.word("equipment", Equipment.class), query.word("position", Position.class),
                query.word("target", Target.class), query.get("q"));
        if (filter.equals(ExerciseFilter.ANY)) {
            web.catalogView().json().send(ctx);
        } else {
            ctx.json(web.catalog().matching(filter));
        }
    }

    private void one(Context ctx) {
        Query.of(ctx);
        ctx.json(known(ctx));
    }

    /** The exercise in the catalog format, exactly what the loader (and POST, PUT) accept. */
    private void document(Context ctx) {
        Query.of(ctx);
        Exercise e = known(ctx);
        ctx.header(EDITABLE, String.valueOf(Catalog.editable(e))).json(ExerciseWriter.tree(e));
    }

    /** The exercise as a YAML file to keep or hand on, which the catalog folder or an import takes as it is. */
    private void file(Context ctx) {
        Query.of(ctx);
        Exercise e = known(ctx);
        attachment(ctx, e.id() + ".yaml", DataFiles.yaml(ExerciseWriter.tree(e)));
    }

    /** 201 with the new exercise and its address; without an id, its id is made from its name. */
    private void create(Context ctx) {
        Query.of(ctx);
        JsonNode body = JsonBody.object(ctx, "the exercise");
        boolean ownId = body.hasNonNull("id");
        Exercise draft = read(ownId ? body : withId(body, "new-exercise"));
        Set<String> taken = takenIds();
        Exercise created;
        if (ownId) {
            created = draft.as(draft.id(), CatalogLoader.STORED);
            if (taken.contains(draft.id()) || !web.db().exercises().insertAll(List.of(created))) {
                throw new ProblemException(HttpStatus.CONFLICT, "Field 'id' is '" + draft.id() + "', which "
                        + "another exercise or routine already uses; choose another id, or leave 'id' out to "
                        + "have one made from the name.", "id");
            }
        } else {
            created = web.db().exercises().create(draft, taken::contains);
        }
        web.exercisesChanged();
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, EXERCISES + "/" + created.id()).json(created);
    }

    private void replace(Context ctx) {
        Query.of(ctx);
        Exercise own = own(ctx);
        JsonNode body = JsonBody.object(ctx, "the exercise");
        if (body.hasNonNull("id") && !own.id().equals(body.get("id").asText())) {
            throw ProblemException.badRequest("Field 'id' is '" + io.loosen.system.Fields.show(body.get("id").asText())
                    + "', but the address names '" + own.id() + "'; an exercise keeps its id (leave 'id' out"
                    + " or send the same).", "id");
        }
        Exercise changed = read(withId(body, own.id())).as(own.id(), CatalogLoader.STORED);
        if (!web.db().exercises().replace(changed)) {
            throw unknown(own.id());
        }
        web.exercisesChanged();
        ctx.json(changed);
    }

    private void delete(Context ctx) {
        Query.of(ctx);
        Exercise own = own(ctx);
        List<String> usedBy = web.db().routines().all(web.catalog()).stream()
                .filter(r -> r.items().stream().anyMatch(item -> item.exercise().equals(own.id())))
                .map(r -> "'" + r.name() + "'").toList();
        if (!usedBy.isEmpty()) {
            throw new ProblemException(HttpStatus.CONFLICT, own.name() + " is used by your routine"
                    + (usedBy.size() == 1 ? " " : "s ") + String.join(", ", usedBy)
                    + "; take it out of " + (usedBy.size() == 1 ? "that routine" : "those routines")
                    + " first.", "id");
        }
        if (!web.db().exercises().delete(own.id())) {
            throw unknown(own.id());
        }
        web.exercisesChanged();
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** The exercise in the address: 404 when there is none. */
    private Exercise known(Context ctx) {
        String id = ctx.pathParam("id");
        return web.catalog().find(id).orElseThrow(() -> unknown(id));
    }

    /** The exercise in the address, when it is one of the user's stored ones: 409 for built-in and files. */
    private Exercise own(Context ctx) {
        Exercise e = known(ctx);
        if (!Catalog.editable(e)) {
            throw new ProblemException(HttpStatus.CONFLICT, "'" + e.id() + "' is "
                    + (CatalogLoader.BUILT_IN.equals(e.origin()) ? "a built-in exercise" : "read from the file "
                    + e.origin()) + ", which cannot be changed here; duplicate it and edit the copy.", "id");
        }
        return e;
    }

    private ProblemException unknown(String id) {
        return ProblemException.notFound(Suggest.unknown("exercise", id,
                web.catalog().all().stream().map(Exercise::id).toList(), "GET " + EXERCISES), "id");
    }

    /** The exercise in the body, checked by the catalog's rules; a 400 naming the field that breaks one. */
    private static Exercise read(JsonNode body) {
        try {
            return ExerciseReader.read(SOURCE, CatalogLoader.STORED, body);
        } catch (InvalidDataException e) {
            throw ProblemException.invalid(SOURCE, e);
        }
    }

    private static JsonNode withId(JsonNode body, String id) {
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        copy.put("id", id);
        return copy;
    }

    /**
     * Ids a new exercise may not take: every exercise's, and every routine's, since {@code /play/ID} and
     * {@code loosen session ID} look up both (a routine first).
     */
    private Set<String> takenIds() {
        Set<String> taken = new HashSet<>(RoutineIds.reserved(web.builtIn(), web.catalog()));
        web.db().routines().all(web.catalog()).forEach(r -> taken.add(r.id()));
        return taken;
    }

    /** A download: {@code name} as an attachment, in UTF-8. */
    static void attachment(Context ctx, String name, String yaml) {
        ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType("application/yaml; charset=utf-8").result(yaml.getBytes(StandardCharsets.UTF_8));
    }

}
