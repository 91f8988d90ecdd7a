-- Webhooks: URLs of a workspace notified of its events, and every delivery to them, so that an admin
-- sees what was delivered and what was given up on, and pending deliveries resume after a restart.

-- The secret signs each delivery (HMAC-SHA256); the server needs it in clear to sign, as Stripe and
-- GitHub do, and never returns it after the webhook is created.
create table webhooks (
    id            uuid        primary key,
    workspace_id  uuid        not null references workspaces (id) on delete cascade,
    url           text        not null,
    events        text[]      not null,
    format        text        not null check (format in ('json', 'slack', 'teams')),
    secret        text        not null,
    created_by    text        not null,
    created_at    timestamptz not null
);
create index webhooks_by_workspace on webhooks (workspace_id, created_at);

-- The payload is kept as sent (already in the webhook's format), so that every attempt sends the same bytes.
create table webhook_deliveries (
    id                uuid        primary key,
    webhook_id        uuid        not null references webhooks (id) on delete cascade,
    event_id          uuid        not null,
    event_type        text        not null,
    payload           text        not null,
    state             text        not null check (state in ('pending', 'delivered', 'gave_up')),
    attempts          integer     not null default 0,
    last_status_code  integer,
    last_error        text,
    created_at        timestamptz not null,
    -- When the next attempt is due; null once the delivery has ended.
    next_attempt_at   timestamptz,
    finished_at       timestamptz
);
create index webhook_deliveries_by_webhook on webhook_deliveries (webhook_id, created_at desc, id);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where state = 'pending';
