-- The dependency graph of an assessment as rows, so that a page of nodes or edges, filtered by VPC,
-- subnet, wave, strategy or edge kind, is read by index and never by loading the assessment document.
-- Allowed edges are derived from the group-to-group reachability once, when the assessment is stored.

create table graph_nodes (
    assessment_id uuid    not null references assessments (id) on delete cascade,
    resource_id   text    not null,
    name          text    not null,
    resource_type text,
    account_id    text,
    region        text,
    vpc_id        text,
    subnet_ids    text[]  not null,
    wave          integer,
    move_group    text,
    strategy      text,
    primary key (assessment_id, resource_id)
);
create index graph_nodes_by_vpc on graph_nodes (assessment_id, vpc_id);
create index graph_nodes_by_wave on graph_nodes (assessment_id, wave);

create table graph_edges (
    assessment_id uuid    not null references assessments (id) on delete cascade,
    ordinal       integer not null,
    source        text    not null,
    target        text    not null,
    kind          text    not null,
    port          integer not null,
    protocol      text,
    flows         bigint  not null,
    bytes         bigint  not null,
    evidence      text    not null,
    primary key (assessment_id, ordinal)
);
create index graph_edges_by_kind on graph_edges (assessment_id, kind, ordinal);

-- Every scan of a live-scanned estate, oldest first by number, with its inventory as the CLI writes
-- it and the options it ran with (never credentials): a re-scan repeats them, a diff compares two.
create table estate_scans (
    estate_id      uuid        not null references estates (id) on delete cascade,
    number         integer     not null,
    job_id         uuid        not null,
    created_at     timestamptz not null,
    captured_at    text        not null,
    resource_count integer     not null,
    warning_count  integer     not null,
    options        text        not null,
    inventory      text        not null,
    primary key (estate_id, number)
);

-- What the last flows job of an estate read: records and malformed lines per source, flow logs
-- skipped; null for traffic that came with an import.
alter table estates add column traffic_summary text;
