-- Practice history, PostgreSQL dialect. Keep it in step with db/migration/sqlite/V1__sessions.sql:
-- the same tables, columns, keys and checks, so the same SQL runs on both.
--
-- Instants are epoch milliseconds (bigint) in both dialects rather than timestamptz here and text
-- there: ordering and "since" filters are plain integer comparisons, binding is a long on both
-- drivers, and no session time zone can shift them. The zone a session happened in is kept beside
-- them as an IANA id.

create table practice_session (
    id             uuid    not null primary key,
    routine_id     text    not null,
    routine_name   text    not null,
    started_at     bigint  not null,
    ended_at       bigint  not null,
    zone           text    not null,
    status         text    not null,              -- SessionStatus slug
    active_seconds integer not null check (active_seconds >= 0),
    tension_before integer check (tension_before between 0 and 10),
    tension_after  integer check (tension_after between 0 and 10),
    note           text,
    check (ended_at >= started_at)
);

-- history and reports read sessions by start time; id breaks ties, as in list()
create index practice_session_started_at on practice_session (started_at, id);

create table exercise_result (
    session_id   uuid    not null references practice_session (id) on delete cascade,
    position     integer not null check (position >= 0),
    exercise_id  text    not null,
    side         text    not null,                -- Side slug
    outcome      text    not null,                -- ExerciseOutcome slug
    held_seconds integer not null check (held_seconds >= 0),
    primary key (session_id, position)
);
