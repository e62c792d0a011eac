package io.loosen.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.loosen.system.Fields;

/**
 * Request bodies: strict JSON (no duplicate keys, nothing after the value) holding one object, read
 * field by field through {@link Fields}, so every mistake is a 400 whose sentence names the field.
 */
final class Bodies {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Bodies() {
    }

    /** The body's object, for reading with the field names the handler allows. */
    static Fields object(Context ctx, String source) {
        return Fields.root(source, tree(ctx));
    }

    static JsonNode tree(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ProblemException.badRequest("The request body is empty; send a JSON object.", null);
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ProblemException.badRequest("The request body is not valid JSON" + where + " ("
                    + Fields.show(e.getOriginalMessage().lines().findFirst().orElse("")) + ").", null);
        }
        if (!tree.isObject()) {
            throw ProblemException.badRequest("The request body should be a JSON object, not "
                    + Fields.kind(tree) + ".", null);
        }
        return tree;
    }
}
