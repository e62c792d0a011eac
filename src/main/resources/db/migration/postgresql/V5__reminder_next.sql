-- Each reminder's next moment, PostgreSQL dialect. Keep it in step with the SQLite file.
-- (V5, not V4: another change numbers its migration V4; Flyway only needs the versions to rise.)

-- Epoch milliseconds; null when the reminder has no next moment (or is not planned yet: a server plans it
-- when it starts). The reminder jobs no longer run one per reminder but one per tenth of a second: each
-- sends every reminder whose next moment falls in its tenth, found through this index (ReminderJobs).
alter table reminder add column next_at bigint;
create index reminder_next on reminder (next_at);

-- The old one-job-per-reminder jobs: no server runs their task any more. Starting servers plan every
-- reminder afresh from now, so a reminder due while the servers were being upgraded is not sent.
delete from scheduled_tasks where task_name = 'reminder';
