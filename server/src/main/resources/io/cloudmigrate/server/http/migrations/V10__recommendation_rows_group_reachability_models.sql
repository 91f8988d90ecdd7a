-- What a table of recommendations shows, as columns of the recommendation row, so that a summary page is
-- one indexed query that never reads an item's JSON (a full item is about 4 KB: seven ranked strategies
-- with their explanations). Costs are kept per strategy (indexed by the strategy's position in the
-- Strategy enum) because an override changes which one the table shows.
-- Rows stored before this migration have null here (summarized = false) and are summarized from their
-- item when read, as before.
alter table recommendations
    add column summarized          boolean not null default false,
    add column name                text,
    add column rule_id             text,
    add column confidence          double precision,
    add column risk_score          integer,
    add column current_monthly_usd double precision,
    add column cost_statuses       text[],
    add column target_monthly_usd  double precision[],
    add column one_off_usd         double precision[],
    -- The resource's strategy features in this assessment (name -> value), so that an override records
    -- its decision from this row instead of reading the whole assessment.
    add column features            text;

-- What security groups allow, stored as group-to-group reachability instead of one graph_edges row per
-- pair of workloads (quadratic in a VPC's workloads): the rules that make allowed edges, and what the
-- derivation reads of each workload and network interface. The pairs are derived where a page asks for
-- them, by the graph module's AllowedPairs, the code the CLI uses.
create table graph_reachability (
    assessment_id     uuid    not null references assessments (id) on delete cascade,
    ordinal           integer not null,
    security_group_id text    not null,
    rule              text    not null,
    primary key (assessment_id, ordinal)
);

create table graph_workloads (
    assessment_id uuid not null references assessments (id) on delete cascade,
    resource_id   text not null,
    resource      text not null,
    primary key (assessment_id, resource_id)
);

create table graph_network_interfaces (
    assessment_id     uuid    not null references assessments (id) on delete cascade,
    ordinal           integer not null,
    network_interface text    not null,
    primary key (assessment_id, ordinal)
);

-- One row per workload that security groups make reachable: where its allowed edges start in the graph's
-- edge order (ordinals continue after the observed and configured edges, target by target in id order),
-- how many there are, and the VPCs, subnets and waves of the sources, so that a page of the allowed
-- edges of a VPC, subnet or wave finds the targets to derive by index. Linear in the workloads.
create table graph_allowed_targets (
    assessment_id     uuid      not null references assessments (id) on delete cascade,
    target            text      not null,
    first_ordinal     integer   not null,
    last_ordinal      integer   not null,
    edge_count        integer   not null,
    vpc_id            text,
    subnet_ids        text[]    not null,
    wave              integer,
    source_vpc_ids    text[]    not null,
    source_subnet_ids text[]    not null,
    source_waves      integer[] not null,
    primary key (assessment_id, target)
);
-- A page after a cursor starts at the first target whose last edge is past it, read in order from there.
create index graph_allowed_targets_by_ordinal on graph_allowed_targets (assessment_id, last_ordinal);

-- Assessments stored before keep their allowed pairs as graph_edges rows and no reachability rows: the
-- server reads their allowed edges from graph_edges as before (an assessment has one form or the other).

-- The ranking model last trained from an estate's decisions, with the digest of those decisions and of
-- the model's version: re-assessing with an unchanged decision set reads it instead of training again.
-- One per estate (a changed decision set replaces it), gone with the estate.
create table trained_models (
    estate_id  uuid        primary key references estates (id) on delete cascade,
    digest     text        not null,
    model      bytea       not null,
    created_at timestamptz not null
);
