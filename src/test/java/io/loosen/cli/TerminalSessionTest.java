package io.loosen.cli;

import io.loosen.progress.SessionStatus;
import io.loosen.store.Database;
import io.loosen.system.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive session end to end: the real app in a child JVM on a real pseudo-terminal, inside a
 * private tmux server that the test types into and reads the screen of.
 */
@Timeout(90)
class TerminalSessionTest {
    private static final Duration START = Duration.ofSeconds(10);
    private static final Duration CHANGE = Duration.ofSeconds(5);

    @TempDir
    Path home;
    private String socket;
    private Path socketFile;

    @BeforeEach
    void tmuxIsInstalled() {
        boolean installed = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "tmux")).anyMatch(Files::isExecutable);
        if (!installed && System.getenv("CI") != null) {
            fail("tmux is not on the PATH; CI must install it (apt-get install tmux) to run the terminal tests.");
        }
        Assumptions.assumeTrue(installed, "tmux is not installed; skipping the terminal session tests.");
        socket = "loosen-test-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Stops the server and the app in it, and removes the socket file tmux leaves behind. */
    @AfterEach
    void killServer() throws Exception {
        if (socket != null) {
            tmux("kill-server");
        }
        if (socketFile != null) {
            Files.deleteIfExists(socketFile);
        }
    }

    @Test
    void keysPauseSkipGoBackAndQuit() throws Exception {
        start("session", "desk-break", "--no-ask");

        List<String> screen = awaitScreen("the first exercise, getting ready", START,
                s -> title(s).equals("SEATED MIDDLE BACK STRETCH") && label(s).startsWith("Get ready"));
        assertThat(screen).contains(" " + TerminalScreen.KEYS);
        assertThat(countdown(screen)).as(text(screen)).isPresent();
        assertThat(countdown(screen).getAsInt()).isBetween(1, 5);

        tmux("send-keys", "-t", "loosen", "n");
        awaitScreen("step 1 after n", CHANGE, s -> label(s).equals("Step 1 of 3"));

        tmux("send-keys", "-t", "loosen", "Space");
        List<String> paused = awaitScreen("PAUSED after space", CHANGE, s -> text(s).contains("PAUSED"));
        Thread.sleep(1_500);
        List<String> later = capture();
        assertThat(later).as("still paused 1.5 s later").contains(" PAUSED · press space to resume");
        assertThat(countdown(later)).as(text(later)).isPresent().isEqualTo(countdown(paused));
        assertThat(line(later, " this step")).isEqualTo(line(paused, " this step"));

        tmux("send-keys", "-t", "loosen", "Space");
        awaitScreen("playing again after space", CHANGE,
                s -> !text(s).contains("PAUSED") && label(s).equals("Step 1 of 3"));

        tmux("send-keys", "-t", "loosen", "Right");
        awaitScreen("the hold after →", CHANGE, s -> label(s).equals("Hold · as long as you like"));

        tmux("send-keys", "-t", "loosen", "Left");
        awaitScreen("step 1 again after ←", CHANGE, s -> label(s).equals("Step 1 of 3"));

        tmux("send-keys", "-t", "loosen", "q");
        List<String> shell = awaitScreen("the summary after q", CHANGE, s -> text(s).contains("Stopped at"));
        assertThat(text(shell)).containsPattern("Stopped at 0:\\d\\d of 2:12 \\(Desk break\\)\\.")
                .doesNotContain("space pause", "SEATED MIDDLE BACK STRETCH");
    }

    @Test
    void asksHowTightTheBackIsThenPlaysToTheEndAndRemembersTheAnswers() throws Exception {
        start("session", "desk-break", "--speed", "40");

        awaitScreen("the question before", START, s -> text(s).contains("How tight does your mid and upper back feel"));
        tmux("send-keys", "-t", "loosen", "eleven", "Enter");
        awaitScreen("the wrong answer explained", CHANGE, s -> text(s).contains("'eleven' is not a rating"));
        tmux("send-keys", "-t", "loosen", "7", "Enter");
        List<String> shell = awaitScreen("the summary at the end", Duration.ofSeconds(20),
                s -> text(s).contains("And now, after stretching?"));
        assertThat(text(shell)).contains("Done: Desk break, 2:12. Well done; see you tomorrow.")
                .doesNotContain("space pause");
        tmux("send-keys", "-t", "loosen", "3", "Enter");
        awaitScreen("the note question", CHANGE, s -> text(s).contains("A note for your log"));
        tmux("send-keys", "-t", "loosen", "Felt it <between> the blades", "Enter");
        awaitScreen("the program to exit", CHANGE, s -> text(s).contains("[loosen exited 0]"));

        try (Database db = Database.open(home.resolve(".local/share/loosen/loosen.db").toString(),
                Environment.of(home, Map.of()))) {
            assertThat(db.sessions().list(null)).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SessionStatus.COMPLETED);
                assertThat(s.tensionBefore()).isEqualTo(7);
                assertThat(s.tensionAfter()).isEqualTo(3);
                assertThat(s.note()).isEqualTo("Felt it <between> the blades");
                assertThat(s.exercises()).hasSize(3);
            });
        }
    }

    /** Starts {@code loosen ARGS} in a 100×32 pane, which stays open a while after it exits. */
    private void start(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("env", "-u", "LOOSEN_DB", "HOME=" + home,
                "XDG_CONFIG_HOME=" + home.resolve(".config"), "XDG_DATA_HOME=" + home.resolve(".local/share"),
                java, "-cp", System.getProperty("java.class.path"), "io.loosen.Loosen"));
        command.addAll(List.of(args));
        // The pane stays open a while after the app exits, and says when it has.
        String shell = command.stream().map(TerminalSessionTest::quote).collect(Collectors.joining(" "))
                + " ; echo \"[loosen exited $?]\" ; sleep 30";
        String out = tmux("new-session", "-d", "-s", "loosen", "-x", "100", "-y", "32", shell);
        assertThat(out).as("tmux new-session").isEmpty();
        socketFile = Path.of(tmux("display-message", "-p", "#{socket_path}").strip());
        assertThat(socketFile.getFileName()).hasToString(socket);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Runs tmux against this test's own server, with this test's home; returns what it printed. */
    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("TMUX");
        env.remove("TMUX_PANE");
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.putIfAbsent("TERM", "xterm-256color");
        Process tmux = builder.start();
        String out = new String(tmux.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!tmux.waitFor(10, TimeUnit.SECONDS)) {
            tmux.destroyForcibly();
            fail("tmux " + String.join(" ", args) + " did not finish");
        }
        return out;
    }

    private List<String> capture() throws Exception {
        return tmux("capture-pane", "-p", "-t", "loosen").lines().map(String::stripTrailing).toList();
    }

    private List<String> awaitScreen(String what, Duration timeout, Predicate<List<String>> shows) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> screen = capture();
        while (!shows.test(screen)) {
            if (System.nanoTime() > deadline) {
                fail("Waited " + timeout.toSeconds() + " s for " + what + "; the screen shows:\n" + text(screen));
            }
            Thread.sleep(100);
            screen = capture();
        }
        return screen;
    }

    private static String text(List<String> screen) {
        return String.join("\n", screen);
    }

    private static String title(List<String> screen) {
        return screen.size() > 2 ? screen.get(2).strip() : "";
    }

    private static String label(List<String> screen) {
        return screen.size() > 3 ? screen.get(3).strip() : "";
    }

    private static String line(List<String> screen, String prefix) {
        return screen.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("(no line " + prefix + ")");
    }

    /** The number the big countdown shows, if the screen shows one. */
    private static OptionalInt countdown(List<String> screen) {
        for (int n = 0; n < 100; n++) {
            List<String> rows = BigDigits.render(String.valueOf(n)).stream().map(r -> "    " + r).toList();
            if (Collections.indexOfSubList(screen, rows) >= 0) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }
}
