-- Estates and jobs belong to a workspace; every read of them (and of what hangs off an estate) is
-- filtered by the caller's memberships. What existed before lives in the default workspace of V2.
alter table estates add column workspace_id uuid references workspaces (id);
update estates set workspace_id = '00000000-0000-0000-0000-000000000001';
alter table estates alter column workspace_id set not null;
create index estates_by_workspace on estates (workspace_id, created_at desc, id desc);

alter table jobs add column workspace_id uuid references workspaces (id);
update jobs j set workspace_id = coalesce((select e.workspace_id from estates e where e.id = j.estate_id), '00000000-0000-0000-0000-000000000001');
alter table jobs alter column workspace_id set not null;
create index jobs_by_workspace on jobs (workspace_id, created_at desc, id desc);

-- An upload can be imported only by the user who sent it: its id alone must not let another in.
alter table uploads add column owner_id uuid references users (id) on delete cascade;

-- Refresh tokens rotate within a family: presenting a token that was already rotated means it was
-- copied, and the whole family is revoked. No token was issued before this version.
delete from refresh_tokens;
alter table refresh_tokens add column family uuid not null;
create index refresh_tokens_by_family on refresh_tokens (family);
