-- Documents are stored as the JSON text the CLI writes (inventory.json, traffic.json,
-- assessment.json), so the server hands the same bytes to the same stages. Recommendations also get
-- one row per resource, so that a page is read by index and never by loading a whole assessment.

create table uploads (
    id           uuid primary key,
    media_type   text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    created_at   timestamptz not null
);

create table estates (
    id              uuid primary key,
    name            text        not null,
    source          text        not null,
    created_at      timestamptz not null,
    captured_at     text        not null,
    resource_count  integer     not null,
    warning_count   integer     not null,
    traffic_records bigint      not null,
    accounts        text        not null,
    regions         text        not null,
    warnings        text        not null,
    inventory       text        not null,
    traffic         text        not null
);
create index estates_by_creation on estates (created_at desc, id desc);

create table jobs (
    id               uuid primary key,
    kind             text        not null,
    state            text        not null,
    estate_id        uuid,
    request          text        not null,
    created_at       timestamptz not null,
    started_at       timestamptz,
    finished_at      timestamptz,
    step             text,
    step_number      integer     not null default 0,
    step_count       integer     not null,
    done             bigint,
    total            bigint,
    result           text,
    error_type       text,
    error_title      text,
    error_detail     text
);
create index jobs_by_creation on jobs (created_at desc, id desc);
create index jobs_by_estate on jobs (estate_id, state);

create table assessments (
    id          uuid primary key,
    estate_id   uuid        not null references estates (id) on delete cascade,
    created_at  timestamptz not null,
    summary     text        not null,
    document    text        not null
);
create index assessments_by_estate on assessments (estate_id, created_at desc, id desc);

create table recommendations (
    assessment_id uuid    not null references assessments (id) on delete cascade,
    resource_id   text    not null,
    resource_type text    not null,
    account_id    text    not null,
    region        text    not null,
    strategy      text    not null,
    wave          integer,
    risk_level    text,
    item          text    not null,
    primary key (assessment_id, resource_id)
);

-- Overrides belong to the estate, not to one assessment: they outlive re-assessment.
create table overrides (
    estate_id     uuid        not null references estates (id) on delete cascade,
    resource_id   text        not null,
    strategy      text        not null,
    target        text,
    justification text        not null,
    author        text        not null,
    address       text,
    recorded_at   timestamptz not null,
    primary key (estate_id, resource_id)
);
