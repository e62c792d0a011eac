-- The exercises the user made or imported in the app, SQLite dialect. Keep it in step with the PostgreSQL file.

-- An exercise is stored whole, as the JSON of the catalog format (docs/catalog.md), and read back through
-- ExerciseReader: the same validation guards a built-in file, a user file, an API call and a row.
create table exercise (
    id         text   not null primary key,
    document   text   not null,
    updated_at integer not null                  -- epoch milliseconds
) strict;

-- One row whose number goes up with every change to the exercise table, in the same transaction: a server
-- compares it with the number its cached catalog was built at, so several servers on one database see each
-- other's changes without reading every exercise on every request.
create table exercise_revision (
    id       integer not null primary key check (id = 1),
    revision integer not null
) strict;
insert into exercise_revision (id, revision) values (1, 0);
