-- Reminders, their deliveries, the calendar feed's token and db-scheduler's jobs, PostgreSQL dialect.
-- Keep it in step with the SQLite file.

-- The schedule is stored whole, as the JSON the API takes, and read back through ReminderReader.
-- A skip is a local date (yyyy-mm-dd); a snooze is an instant in epoch milliseconds.
create table reminder (
    id            text   not null primary key,
    document      text   not null,
    skipped_day   text,
    snoozed_until bigint,
    created_at    bigint not null,               -- epoch milliseconds: the list keeps this order
    updated_at    bigint not null                -- epoch milliseconds
);

-- "Pause all until": at most one row, the local date reminders start again.
create table reminder_pause (
    only_row  integer not null primary key check (only_row = 1),
    until_day text    not null
);

-- Each reminder sent, once: the primary key is what makes two servers agree that it was sent.
create table reminder_delivery (
    reminder_id text   not null,
    due_at      bigint not null,                 -- epoch milliseconds
    routine_id  text   not null,
    sent_at     bigint not null,
    primary key (reminder_id, due_at)
);
create index reminder_delivery_due on reminder_delivery (due_at);

-- The private token of GET /calendar.ics; one row, made on first use.
create table calendar_feed (
    token      text   not null primary key,
    created_at bigint not null
);

-- db-scheduler's table (its own schema for PostgreSQL): one job per reminder, claimed by one server.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
