package io.loosen.cli;

import io.loosen.system.Environment;
import io.loosen.system.Executables;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Shows a reminder: through the desktop's notifier ({@code notify-send}, libnotify) with a button to start
 * the session, which opens the player in the browser; and always as a line in the terminal, with the bell
 * when there is no desktop notifier, saying how to start the session.
 */
final class Notifier {
    private final Optional<Path> notifySend;
    private final Optional<Path> opener;
    private final PrintWriter out;
    private final String baseUrl;

    private Notifier(Optional<Path> notifySend, Optional<Path> opener, PrintWriter out, String baseUrl) {
        this.notifySend = notifySend;
        this.opener = opener;
        this.out = out;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    static Notifier find(Environment env, PrintWriter out, String baseUrl) {
        return new Notifier(Executables.find("notify-send", env), Executables.find("xdg-open", env), out, baseUrl);
    }

    boolean desktop() {
        return notifySend.isPresent();
    }

    void show(String routineId, String routineName, Runnable snooze) {
        String title = "Time to stretch: " + routineName;
        String start = "loosen session " + routineId;
        out.println((desktop() ? "" : "\u0007") + title + ". Start it with: " + start
                + " (or open " + baseUrl + "play/" + routineId + ")");
        out.flush();
        notifySend.ifPresent(program -> ask(program, title, routineId, snooze));
    }

    /**
     * Posts the notification with Start and Snooze buttons and, off the caller's thread, waits for the answer:
     * Start opens the player, Snooze reminds again in 10 minutes. A notifier too old for buttons shows the
     * notification without them.
     */
    private void ask(Path program, String title, String routineId, Runnable snooze) {
        List<String> command = List.of(program.toString(), "--app-name=Loosen", "--icon=preferences-desktop",
                "--action=start=Start the session", "--action=snooze=Snooze 10 min", "--wait", title,
                "A few minutes for your back.");
        Thread waiting = new Thread(() -> {
            try {
                Process notify = new ProcessBuilder(command).redirectErrorStream(true).start();
                String answer = new String(notify.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                notify.waitFor();
                if (answer.equals("start") && opener.isPresent()) {
                    new ProcessBuilder(opener.get().toString(), baseUrl + "play/" + routineId).start();
                } else if (answer.equals("snooze")) {
                    snooze.run();
                }
            } catch (IOException e) {
                out.println("loosen: the desktop notifier failed (" + e.getMessage() + ").");
                out.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "loosen-notification");
        waiting.setDaemon(true);
        waiting.start();
    }
}
