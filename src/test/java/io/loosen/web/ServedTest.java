package io.loosen.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Base of the HTTP test classes: one app per class, on a free port over a real SQLite file in a temp home. */
abstract class ServedTest {
    @TempDir
    static Path home;
    static WebServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start(home);
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
