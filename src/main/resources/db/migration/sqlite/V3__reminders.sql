-- Reminders, their deliveries, the calendar feed's token and db-scheduler's jobs, SQLite dialect.
-- Keep it in step with the PostgreSQL file.

-- The schedule is stored whole, as the JSON the API takes, and read back through ReminderReader.
-- A skip is a local date (yyyy-mm-dd); a snooze is an instant in epoch milliseconds.
create table reminder (
    id            text    not null primary key,
    document      text    not null,
    skipped_day   text,
    snoozed_until integer,
    created_at    integer not null,              -- epoch milliseconds: the list keeps this order
    updated_at    integer not null               -- epoch milliseconds
) strict;

-- "Pause all until": at most one row, the local date reminders start again.
create table reminder_pause (
    only_row  integer not null primary key check (only_row = 1),
    until_day text    not null
) strict;

-- Each reminder sent, once: the primary key is what makes two servers agree that it was sent.
create table reminder_delivery (
    reminder_id text    not null,
    due_at      integer not null,                -- epoch milliseconds
    routine_id  text    not null,
    sent_at     integer not null,
    primary key (reminder_id, due_at)
) strict;
create index reminder_delivery_due on reminder_delivery (due_at);

-- The private token of GET /calendar.ics; one row, made on first use.
create table calendar_feed (
    token      text    not null primary key,
    created_at integer not null
) strict;

-- db-scheduler's table (its own schema for SQLite, whose timestamp types STRICT tables do not allow).
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            blob,
    execution_time       timestamp    not null,
    picked               bit          not null,
    picked_by            varchar(50),
    last_success         timestamp,
    last_failure         timestamp,
    consecutive_failures int,
    last_heartbeat       timestamp,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
