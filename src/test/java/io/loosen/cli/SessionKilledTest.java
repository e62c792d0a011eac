package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.loosen.progress.ExerciseOutcome;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import io.loosen.session.Side;
import io.loosen.store.Database;
import io.loosen.system.Environment;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real session in a child JVM, killed with SIGKILL part-way: what it had finished is in the history,
 * and at most the exercise in progress is lost.
 */
class SessionKilledTest {
    @TempDir
    Path home;

    @Test
    @Timeout(60)
    void aKilledSessionKeepsEveryExerciseFinishedBeforeTheKill() throws Exception {
        Path db = home.resolve("loosen.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.loosen.Loosen", "session", "daily", "--speed", "20", "--no-ask", "--db", db.toString())
                .redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("LOOSEN_DB");
        Process child = builder.start();

        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // The right side of the spine twist has begun: the seated stretch and the left side are done.
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.contains("Spine Twist, right") && line.contains("Step 1")) {
                    break;
                }
            }
            assertThat(line).as(String.join("\n", seen)).isNotNull();
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no last save
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137);

        try (Database database = Database.open(db.toString(), Environment.of(home, Map.of()))) {
            PracticeSession session = database.sessions().list(null).get(0);
            assertThat(session.status()).isEqualTo(SessionStatus.IN_PROGRESS);
            assertThat(session.routineId()).isEqualTo("daily");
            assertThat(session.exercises())
                    .extracting(ExerciseResult::exerciseId, ExerciseResult::side, ExerciseResult::outcome)
                    .startsWith(tuple("seated-middle-back-stretch", Side.NONE, ExerciseOutcome.DONE),
                            tuple("spine-twist", Side.LEFT, ExerciseOutcome.DONE));
            // Seated 64 s, rest 12, get ready 8, left side 54: all saved when the switch began.
            assertThat(session.activeSeconds()).isGreaterThanOrEqualTo(64 + 12 + 8 + 54);
        }
    }
}
