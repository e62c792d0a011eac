package io.loosen.web;

import io.loosen.system.Environment;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.cli.LoosenCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loosen serve}, run in-process as {@code main} would, on a thread the test stops. */
class ServeCommandTest {
    private static final Pattern RUNNING = Pattern.compile("Loosen is running at (http://127\\.0\\.0\\.1:(\\d+)/)");

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return run(WebServer.environment(home), args);
    }

    private int run(Environment env, String... args) {
        return LoosenCommand.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void withNoCommandLoosenServesTheWebAppOnThePortTheEnvironmentSays() throws Exception {
        Environment env = Environment.of(home, Map.of("HOME", home.toString(), "LOOSEN_PORT", "0",
                "LOOSEN_DB", home.resolve("web.db").toString()));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(run(env)));
        serving.start();
        try {
            Matcher running = awaitRunning();
            HttpResponse<String> today = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(running.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(today.statusCode()).isEqualTo(200);
            assertThat(today.body()).contains("<title>Today · Loosen</title>");
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertThat(exit.get()).as(err.toString()).isZero();
    }

    @Test
    void aPortInTheEnvironmentThatIsNotANumberIsNamed() {
        Environment env = Environment.of(home, Map.of("HOME", home.toString(), "LOOSEN_PORT", "seventy"));
        assertThat(run(env, "serve")).isNotZero();
        assertThat(err.toString()).contains("LOOSEN_PORT 'seventy' is not a port number");
    }

    @Test
    void servesOnLoopbackByDefaultUntilStopped() throws Exception {
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(run("--db", home.resolve("web.db").toString(), "serve", "--port", "0")));
        serving.start();
        try {
            Matcher running = awaitRunning();
            int port = Integer.parseInt(running.group(2));
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(running.group(1) + "api/v1/routines")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            nonLoopbackAddress().ifPresent(address -> assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 2000);
                }
            }).as("reachable from " + address).isInstanceOf(IOException.class));
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).as(err.toString()).isZero();
    }

    @Test
    void stoppedRightAfterItStartsItDoesNotWaitForItsReminderJobs() throws Exception {
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(run("--db", home.resolve("web.db").toString(), "serve", "--port", "0")));
        serving.start();
        awaitRunning();

        serving.interrupt(); // the reminder jobs are due to start two seconds after the server
        serving.join(1_500);

        assertThat(serving.isAlive()).as("still stopping").isFalse();
        assertThat(exit.get()).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void refusesPortsOutsideTheRange() {
        assertThat(run("serve", "--port", "70000")).isNotZero();
        assertThat(err.toString()).contains("--port 70000 is not a port number");
        assertThat(out.toString()).doesNotContain("running");
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        assertThat(run("serve", "--port", "http")).isNotZero();
        assertThat(err.toString()).contains("--port");
    }

    @Test
    void saysWhenThePortIsTaken() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(run("--db", home.resolve("web.db").toString(), "serve", "--port",
                    String.valueOf(taken.getLocalPort()))).isNotZero();
            assertThat(err.toString()).contains("Could not listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsNamedInOneSentenceAndNothingIsServed() throws IOException {
        Path notADirectory = java.nio.file.Files.writeString(home.resolve("a-file"), "not a folder");

        assertThat(run("--db", notADirectory.resolve("loosen.db").toString(), "serve", "--port", "0")).isNotZero();

        assertThat(err.toString()).contains(notADirectory.toString(), "loosen.db").doesNotContain("\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(out.toString()).doesNotContain("running");
    }

    private Matcher awaitRunning() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Matcher m = RUNNING.matcher(out.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not started; out: " + out + " err: " + err);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        Assumptions.abort("this machine has no network address besides loopback");
        return Optional.empty();
    }
}
