package io.loosen.store;

import io.loosen.system.Vocabulary;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;

/**
 * How Loosen's value types are written to the database, registered once so the SQL objects can bind
 * records as they are. The reading side is in {@link SessionReducer}.
 */
final class Arguments {
    private Arguments() {
    }

    static void register(Jdbi jdbi, Dialect dialect) {
        // Epoch milliseconds: integer comparisons order and filter alike on both databases (see V1).
        jdbi.registerArgument(new Converting<>(Instant.class, Types.BIGINT,
                (position, statement, instant) -> statement.setLong(position, instant.toEpochMilli())));
        // Enums are stored as the slugs files and the command line use, not their Java names.
        jdbi.registerArgument(new Converting<>(Vocabulary.class, Types.VARCHAR,
                (position, statement, word) -> statement.setString(position, word.slug())));
        if (dialect == Dialect.SQLITE) {
            // SQLite has no uuid type; lower-case text sorts like PostgreSQL's uuid, so list() agrees.
            jdbi.registerArgument(new Converting<>(UUID.class, Types.VARCHAR,
                    (position, statement, id) -> statement.setString(position, id.toString())));
        }
    }

    @FunctionalInterface
    private interface Setter<T> {
        void set(int position, PreparedStatement statement, T value) throws SQLException;
    }

    /** Binds values of {@code type} and its subtypes (each Vocabulary enum), nulls with {@code sqlType}. */
    private record Converting<T>(Class<T> type, int sqlType, Setter<T> setter) implements ArgumentFactory {
        @Override
        public Optional<Argument> build(Type declared, Object value, ConfigRegistry config) {
            if (!type.isAssignableFrom(GenericTypes.getErasedType(declared))) {
                return Optional.empty();
            }
            if (value == null) {
                return Optional.of(new NullArgument(sqlType));
            }
            T typed = type.cast(value);
            return Optional.of((position, statement, context) -> setter.set(position, statement, typed));
        }
    }
}
