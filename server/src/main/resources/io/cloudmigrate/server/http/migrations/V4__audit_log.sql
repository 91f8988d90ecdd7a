-- The audit log: one row per change made through the API (and per audited download), appended in the
-- order they happen. Rows name their targets by id without foreign keys, so that they outlive what
-- they name (a deleted estate stays in the log). Nothing updates or deletes a row: the triggers
-- below refuse it even to a client that reaches the database with the server's own credentials.
create table audit_log (
    id           bigint generated always as identity primary key,
    recorded_at  timestamptz not null,
    actor        text        not null,
    address      text        not null,
    action       text        not null,
    request_id   text,
    -- {"estateId": "...", "jobId": "...", ...}: the ids the request named or made
    targets      jsonb       not null,
    -- the state before and after, for overrides (JSON, or null)
    before_state text,
    after_state  text
);
create index audit_log_by_actor on audit_log (actor, id desc);
create index audit_log_by_action on audit_log (action, id desc);
create index audit_log_by_estate on audit_log ((targets ->> 'estateId'), id desc);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_log_no_update_or_delete before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();
