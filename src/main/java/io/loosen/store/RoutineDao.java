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

    @SqlQuery("select id from user_routine")
    List<String> ids();

    @SqlUpdate("""
            insert into user_routine (id, document, updated_at) values (:id, :document, :updatedAt)
            on conflict (id) do update set document = excluded.document, updated_at = excluded.updated_at
            """)
    void upsert(@Bind("id") String id, @Bind("document") String document, @Bind("updatedAt") long updatedAt);

    /** 1 when stored, 0 when the id was already taken. */
    @SqlUpdate("""
            insert into user_routine (id, document, updated_at) values (:id, :document, :updatedAt)
            on conflict (id) do nothing
            """)
    int insert(@Bind("id") String id, @Bind("document") String document, @Bind("updatedAt") long updatedAt);

    /** 1 when replaced, 0 when there is no routine with this id. */
    @SqlUpdate("update user_routine set document = :document, updated_at = :updatedAt where id = :id")
    int update(@Bind("id") String id, @Bind("document") String document, @Bind("updatedAt") long updatedAt);

    @SqlUpdate("delete from user_routine where id = :id")
    int delete(@Bind("id") String id);
}
