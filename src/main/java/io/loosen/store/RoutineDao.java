package io.loosen.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL behind {@link RoutineStore}, the same on SQLite and PostgreSQL. */
interface RoutineDao {
    @SqlQuery("select document from user_routine order by updated_at, id")
    List<String> documents();

    @SqlQuery("select document from user_routine where id = :id")
    Optional<String> document(@Bind("id") String id);

    @SqlUpdate("""
            insert into user_routine (id, document, updated_at) values (:id, :document, :updatedAt)
            on conflict (id) do update set document = excluded.document, updated_at = excluded.updated_at
            """)
    void upsert(@Bind("id") String id, @Bind("document") String document, @Bind("updatedAt") long updatedAt);

    @SqlUpdate("delete from user_routine where id = :id")
    int delete(@Bind("id") String id);
}
