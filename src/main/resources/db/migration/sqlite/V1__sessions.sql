-- Practice history, SQLite dialect. Keep it in step with db/migration/postgresql/V1__sessions.sql:
-- the same tables, columns, keys and checks, so the same SQL runs on both.
--
-- Instants are epoch milliseconds (integer) in both dialects: ordering and "since" filters are plain
-- integer comparisons, binding is a long on both drivers, and no driver or server time zone can shift
-- them. The zone a session happened in is kept beside them as an IANA id.
-- STRICT tables make SQLite refuse a value of the wrong type instead of storing it anyway.

create table practice_session (
    id             text    not null primary key,  -- UUID, lower-case text
    routine_id     text    not null,
    routine_name   text    not null,
    started_at     integer not null,
    ended_at       integer not null,
    zone           text    not null,
    status         text    not null,              -- SessionStatus slug
    active_seconds integer not null check (active_seconds >= 0),
    tension_before integer check (tension_before between 0 and 10),
    tension_after  integer check (tension_after between 0 and 10),
    note           text,
    check (ended_at >= started_at)
) strict;

-- history and reports read sessions by start time; id breaks ties, as in list()
create index practice_session_started_at on practice_session (started_at, id);

-- without rowid: rows are stored in (session_id, position) order, the order they are read in
create table exercise_result (
    session_id   text    not null references practice_session (id) on delete cascade,
    position     integer not null check (position >= 0),
    exercise_id  text    not null,
    side         text    not null,                -- Side slug
    outcome      text    not null,                -- ExerciseOutcome slug
    held_seconds integer not null check (held_seconds >= 0),
    primary key (session_id, position)
) strict, without rowid;
