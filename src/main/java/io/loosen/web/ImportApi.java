package io.loosen.web;

import io.javalin.router.JavalinDefaultRoutingApi;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.loosen.catalog.imports.ImportFile;
import io.loosen.store.CatalogImporter;
import io.loosen.system.Fields;
import io.loosen.system.InvalidDataException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/v1/import}: an exercise file or a routine file, as the downloads give them (YAML or
 * JSON), or a small file of another source (free-exercise-db, wger, Workrave), added to the user's catalog
 * in the database all at once or not at all, as {@code loosen catalog import} does.
 */
final class ImportApi {
    /** How the body is named in messages: "File, includes[0]: field 'name' is…". */
    private static final String SOURCE = "file";
    private static final Set<String> TYPES = Set.of("application/json", "application/yaml", "application/x-yaml",
            "text/yaml", "text/x-yaml", "application/xml", "text/xml");

    private final WebContext web;

    ImportApi(WebContext web) {
        this.web = web;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.post(WebApp.API + "/import", this::importFile);
    }

    /** What an import answers: the ids added, the names skipped as duplicates, and records that could not be used. */
    record Imported(List<String> exercises, List<String> skipped, List<String> routines, List<String> unusable) {
    }

    private void importFile(Context ctx) {
        Query.of(ctx);
        String text = body(ctx);
        ImportFile file;
        try {
            file = ImportFile.read(SOURCE, text, null, null);
        } catch (InvalidDataException e) {
            throw ProblemException.invalid(SOURCE, e);
        }
        CatalogImporter.Result result;
        try {
            result = CatalogImporter.run(web.db(), web.catalog(), web.builtIn(), file, SOURCE, true);
        } catch (InvalidDataException e) {
            throw ProblemException.invalid(SOURCE, e);
        }
        if (!result.plan().added().isEmpty() || !result.routines().isEmpty()) {
            web.exercisesChanged();
        }
        List<String> skipped = new java.util.ArrayList<>(result.plan().duplicates());
        result.routinesSkipped().forEach(name -> skipped.add("the routine '" + name + "' (you already have one of that name)"));
        ctx.status(HttpStatus.CREATED).json(new Imported(result.addedIds(), skipped, result.routines(),
                result.plan().invalid()));
    }

    /** The body as text: declared as YAML, JSON or XML, valid UTF-8, not empty. */
    private static String body(Context ctx) {
        String type = ctx.contentType();
        String media = type == null ? null : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (media == null || !TYPES.contains(media) && !media.endsWith("+json")) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the file as YAML or JSON, with"
                    + " Content-Type: application/yaml or application/json" + (type == null ? "."
                    : ", not '" + Fields.show(type) + "'."), "Content-Type");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw ProblemException.badRequest("The request body is empty; send the exercise or routine file.", null);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The request body is not valid UTF-8 text.", null);
        }
    }
}
