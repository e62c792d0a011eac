package io.loosen.cli;

import io.loosen.session.Moment;
import io.loosen.session.Outcome;
import io.loosen.session.SessionListener;
import io.loosen.session.Transition;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Speaks each segment's cue through {@code espeak-ng}. Speech runs on its own thread so the player never
 * waits for it; a new cue cuts off one still being spoken, since the newest cue is the one that matters.
 */
final class Voice implements SessionListener {
    private final Path program;
    private final List<String> options;
    private final ExecutorService speaker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "loosen-voice");
        t.setDaemon(true);
        return t;
    });
    private Process speaking;

    Voice(Path program, List<String> options) {
        this.program = program;
        this.options = List.copyOf(options);
    }

    @Override
    public void segmentStarted(Moment moment, Transition how, long latenessNanos) {
        String cue = moment.segment().cue();
        speaker.execute(() -> say(cue));
    }

    @Override
    public void ended(Outcome outcome) {
        speaker.shutdown();
        try {
            // Let the last words ("Well done…") finish before the process exits.
            if (speaker.awaitTermination(5, TimeUnit.SECONDS) && speaking != null) {
                speaking.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void say(String cue) {
        if (speaking != null && speaking.isAlive()) {
            speaking.destroy();
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(program.toString());
        command.addAll(options);
        command.add("--");
        command.add(cue);
        try {
            speaking = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (java.io.IOException e) {
            speaking = null; // a voice that cannot start must not stop the session
        }
    }
}
