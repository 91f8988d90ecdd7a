-- The decision behind each override, as 'cloudmigrate override' records it in decisions.json: the
-- resource's features when it was decided, so that later assessments of the estate learn from it.
-- Null for overrides recorded before; they stay in force but teach the model nothing.
alter table overrides add column decision text;

-- Each edge end's VPC, subnets and wave, copied from its node, so that a page of the edges of a VPC,
-- a subnet or a wave is read by index instead of walking the edges in order until the page is full.
alter table graph_edges
    add column source_vpc_id     text,
    add column target_vpc_id     text,
    add column source_subnet_ids text[] not null default '{}',
    add column target_subnet_ids text[] not null default '{}',
    add column source_wave       integer,
    add column target_wave       integer;

update graph_edges e
set source_vpc_id = n.vpc_id, source_subnet_ids = n.subnet_ids, source_wave = n.wave
from graph_nodes n
where n.assessment_id = e.assessment_id and n.resource_id = e.source;

update graph_edges e
set target_vpc_id = n.vpc_id, target_subnet_ids = n.subnet_ids, target_wave = n.wave
from graph_nodes n
where n.assessment_id = e.assessment_id and n.resource_id = e.target;

create index graph_edges_by_source_vpc on graph_edges (assessment_id, source_vpc_id, ordinal);
create index graph_edges_by_target_vpc on graph_edges (assessment_id, target_vpc_id, ordinal);
create index graph_edges_by_source_wave on graph_edges (assessment_id, source_wave, ordinal);
create index graph_edges_by_target_wave on graph_edges (assessment_id, target_wave, ordinal);
-- subnet ids name one estate's subnets, so the few assessments of that estate share the entries
create index graph_edges_by_source_subnet on graph_edges using gin (source_subnet_ids);
create index graph_edges_by_target_subnet on graph_edges using gin (target_subnet_ids);
