package io.loosen.web;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.loosen.system.Fields;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A request body that must be one JSON object: declared as JSON, valid UTF-8, strict JSON (no comments, no
 * duplicate or trailing anything, not deeper than 32 levels), and an object. Anything else ends the request
 * with a problem saying which of these it broke.
 */
final class JsonBody {
    private static final ObjectMapper STRICT = JsonMapper.builder(new JsonFactoryBuilder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {
    }

    /** The body as a JSON object; {@code what} names it in messages ("a routine"). */
    static JsonNode object(Context ctx, String what) {
        String type = ctx.contentType();
        if (type == null || !isJson(type)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send " + what
                    + " as JSON, with Content-Type: application/json"
                    + (type == null ? "." : ", not '" + Fields.show(type) + "'."), "Content-Type");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw ProblemException.badRequest("The request body is empty; send " + what + " as a JSON object.", null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The request body is not valid UTF-8 text.", null);
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw ProblemException.badRequest("The request body is not valid JSON" + where + " ("
                    + Fields.show(e.getOriginalMessage().lines().findFirst().orElse("")) + ").", null);
        }
        if (tree == null || !tree.isObject()) {
            throw ProblemException.badRequest("The request body should be " + what + " as a JSON object of fields, not "
                    + (tree == null || tree.isMissingNode() ? "nothing" : Fields.kind(tree)) + ".", null);
        }
        return tree;
    }

    /** Refuses any body: for actions whose address says everything. */
    static void none(Context ctx) {
        if (ctx.bodyAsBytes().length > 0) {
            throw ProblemException.badRequest("This request takes no body; send it empty.", null);
        }
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.startsWith("application/") && mediaType.endsWith("+json");
    }
}
