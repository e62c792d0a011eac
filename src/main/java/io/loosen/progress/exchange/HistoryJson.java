package io.loosen.progress.exchange;

import static io.loosen.progress.exchange.HistoryRules.MAX_ACTIVE_SECONDS;
import static io.loosen.progress.exchange.HistoryRules.MAX_EXERCISES;
import static io.loosen.progress.exchange.HistoryRules.MAX_HELD_SECONDS;
import static io.loosen.progress.exchange.HistoryRules.MAX_POSITION;
import static io.loosen.progress.exchange.HistoryRules.MAX_RATING;
import static io.loosen.progress.exchange.HistoryRules.MAX_SESSIONS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import io.loosen.system.InvalidDataException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON history format: {@code {"format": "loosen-history", "version": 1, "sessions": [...]}}, one
 * object per session with its exercise results inside. Reading checks every field and names the first
 * bad one by its path, such as {@code sessions[3].zone}.
 */
public final class HistoryJson {
    static final String FORMAT = "loosen-history";
    static final int VERSION = 1;

    /** The whole history as a JSON document, sessions in {@link HistoryRules#ORDER}. */
    public String write(List<PracticeSession> sessions) {
        ObjectNode root = JsonText.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        var list = root.putArray("sessions");
        for (PracticeSession s : HistoryRules.inOrder(sessions)) {
            fill(list.addObject(), s);
        }
        return JsonText.write(root);
    }

    /** The sessions of a history JSON document, or an {@link InvalidDataException} naming the bad field. */
    public List<PracticeSession> read(String source, String text) {
        JsonRecord root = JsonRecord.root(source, JsonText.parse(source, HistoryRules.bounded(source, text)));
        checkHeader(root);
        root.allowOnly("format", "version", "sessions");
        Map<UUID, String> seen = new HashMap<>();
        List<PracticeSession> sessions = new ArrayList<>();
        for (JsonRecord record : root.objects("sessions", 0, MAX_SESSIONS)) {
            PracticeSession session = session(record);
            String first = seen.putIfAbsent(session.id(), record.path());
            if (first != null) {
                throw record.place("id").fail("has '" + session.id() + "', the id of " + first
                        + " too; every session in a file needs its own id.");
            }
            sessions.add(session);
        }
        return HistoryRules.inOrder(sessions);
    }

    /**
     * One session object, as the export document holds each (and {@code PUT /api/v1/sessions/{id}}
     * takes), or an {@link InvalidDataException} naming the bad field.
     */
    public PracticeSession readOne(String source, JsonNode tree) {
        return session(JsonRecord.root(source, tree));
    }

    /** One session object as {@link #readOne} reads it. */
    public String writeOne(PracticeSession session) {
        return JsonText.write(fill(JsonText.MAPPER.createObjectNode(), session));
    }

    /** Writes one session's fields into {@code o}, as the document holds each session. */
    private static ObjectNode fill(ObjectNode o, PracticeSession s) {
        o.put("id", s.id().toString());
        o.put("routine", s.routineId());
        o.put("routineName", s.routineName());
        o.put("startedAt", s.startedAt().toString());
        o.put("endedAt", s.endedAt().toString());
        o.put("zone", s.zone().getId());
        o.put("status", s.status().slug());
        o.put("activeSeconds", s.activeSeconds());
        o.put("tensionBefore", s.tensionBefore());
        o.put("tensionAfter", s.tensionAfter());
        o.put("note", s.note());
        var exercises = o.putArray("exercises");
        for (ExerciseResult e : HistoryRules.byPosition(s.exercises())) {
            exercises.addObject()
                    .put("position", e.position())
                    .put("exercise", e.exerciseId())
                    .put("side", e.side().slug())
                    .put("outcome", e.outcome().slug())
                    .put("heldSeconds", e.heldSeconds());
        }
        return o;
    }

    private static void checkHeader(JsonRecord root) {
        JsonNode format = root.value("format");
        if (format == null || !FORMAT.equals(format.textValue())) {
            throw root.place("format").fail(format == null
                    ? "is missing; a Loosen history starts with \"format\": \"loosen-history\"."
                    : "has '" + HistoryValues.show(format.asText())
                            + "', but a Loosen history has 'loosen-history' there.");
        }
        JsonNode version = root.value("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                || version.intValue() != VERSION) {
            String found = version == null ? "is missing" : "has '" + HistoryValues.show(version.asText()) + "'";
            throw root.place("version").fail(found + "; this Loosen reads version " + VERSION
                    + " of the history format.");
        }
    }

    private static PracticeSession session(JsonRecord r) {
        r.allowOnly("id", "routine", "routineName", "startedAt", "endedAt", "zone", "status", "activeSeconds",
                "tensionBefore", "tensionAfter", "note", "exercises");
        UUID id = r.text("id", HistoryValues::uuid);
        String routine = r.text("routine", HistoryValues::id);
        String routineName = r.text("routineName", HistoryValues::name);
        Instant startedAt = r.text("startedAt", HistoryValues::instant);
        Instant endedAt = r.text("endedAt", HistoryValues::instant);
        HistoryRules.checkEnd(r.place("endedAt"), endedAt, "startedAt", startedAt);
        var zone = r.text("zone", HistoryValues::zone);
        SessionStatus status = r.word("status", SessionStatus.class);
        int active = r.integer("activeSeconds", 0, MAX_ACTIVE_SECONDS, "seconds");
        Integer before = r.optionalInteger("tensionBefore", 0, MAX_RATING, "");
        Integer after = r.optionalInteger("tensionAfter", 0, MAX_RATING, "");
        String note = r.optionalText("note", HistoryValues::note);
        List<ExerciseResult> exercises = exercises(r.objects("exercises", 0, MAX_EXERCISES));
        return HistoryRules.valid(r.place(), "session", () -> new PracticeSession(id, routine, routineName,
                startedAt, endedAt, zone, status, active, before, after, note, exercises));
    }

    private static List<ExerciseResult> exercises(List<JsonRecord> records) {
        Map<Integer, String> positions = new HashMap<>();
        List<ExerciseResult> results = new ArrayList<>();
        for (JsonRecord r : records) {
            r.allowOnly("position", "exercise", "side", "outcome", "heldSeconds");
            int position = r.integer("position", 0, MAX_POSITION, "");
            String first = positions.putIfAbsent(position, r.path());
            if (first != null) {
                throw r.place("position").fail("is " + position + ", like " + first
                        + "; every exercise in a session needs its own position.");
            }
            String exercise = r.text("exercise", HistoryValues::id);
            Side side = r.word("side", Side.class);
            ExerciseOutcome outcome = r.word("outcome", ExerciseOutcome.class);
            int held = r.integer("heldSeconds", 0, MAX_HELD_SECONDS, "seconds");
            results.add(HistoryRules.valid(r.place(), "exercise result",
                    () -> new ExerciseResult(position, exercise, side, outcome, held)));
        }
        return HistoryRules.byPosition(results);
    }
}
