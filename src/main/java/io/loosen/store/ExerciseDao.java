package io.loosen.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The SQL behind {@link ExerciseStore}, the same on SQLite and PostgreSQL. Every change also counts up
 * the revision; {@link ExerciseStore} runs the two in one transaction.
 */
interface ExerciseDao {
    @SqlQuery("select document from exercise order by id")
    List<String> documents();

    @SqlQuery("select document from exercise where id = :id")
    Optional<String> document(@Bind("id") String id);

    @SqlQuery("select revision from exercise_revision where id = 1")
    long revision();

    /** 1 when stored, 0 when the id was already taken. */
    @SqlUpdate("""
            insert into exercise (id, document, updated_at) values (:id, :document, :updatedAt)
            on conflict (id) do nothing
            """)
    int insert(@Bind("id") String id, @Bind("document") String document, @Bind("updatedAt") long updatedAt);

    /** 1 when replaced, 0 when there is no exercise with this id. */
    @SqlUpdate("update exercise set document = :document, updated_at = :updatedAt where id = :id")
    int update(@Bind("id") String id, @Bind("document") String document, @Bind("updatedAt") long updatedAt);

    @SqlUpdate("delete from exercise where id = :id")
    int delete(@Bind("id") String id);

    @SqlUpdate("update exercise_revision set revision = revision + 1 where id = 1")
    void bump();
}
