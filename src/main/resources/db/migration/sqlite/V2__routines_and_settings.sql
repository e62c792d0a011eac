-- The user's own routines and settings, SQLite dialect. Keep it in step with the PostgreSQL file.

-- A routine is stored whole, as the JSON of the routine-file format (docs/catalog.md), and read back
-- through RoutineReader: the same validation guards a file, an API call and a row.
create table user_routine (
    id         text    not null primary key,
    document   text    not null,
    updated_at integer not null                  -- epoch milliseconds
) strict;

-- One row per setting (time-zone, default-hold, voice, voice-name, sounds); absent means the default.
create table setting (
    name  text not null primary key,
    value text not null
) strict;
