-- Local users, the workspaces they are members of (one role each), and refresh tokens (only their
-- SHA-256 is kept, so a copy of the database does not let anyone in).
create table users (
    id             uuid primary key,
    name           text        not null unique,
    password_hash  text        not null,
    administrator  boolean     not null,
    disabled       boolean     not null default false,
    created_at     timestamptz not null,
    -- Tokens issued before this instant are refused: a password reset or a disable ends every session.
    tokens_valid_after timestamptz not null
);

create table workspaces (
    id          uuid primary key,
    name        text        not null unique,
    created_at  timestamptz not null
);

-- Until workspaces can be managed, every estate lives in this one.
insert into workspaces (id, name, created_at) values ('00000000-0000-0000-0000-000000000001', 'default', now());

create table workspace_members (
    workspace_id  uuid not null references workspaces (id) on delete cascade,
    user_id       uuid not null references users (id) on delete cascade,
    role          text not null check (role in ('viewer', 'operator', 'admin')),
    primary key (workspace_id, user_id)
);

create table refresh_tokens (
    token_sha256  text        primary key,
    user_id       uuid        not null references users (id) on delete cascade,
    issued_at     timestamptz not null,
    expires_at    timestamptz not null,
    -- Set when the token is used (rotated) or revoked; a used token presented again is refused.
    revoked_at    timestamptz,
    replaced_by   text
);
create index refresh_tokens_by_user on refresh_tokens (user_id);
