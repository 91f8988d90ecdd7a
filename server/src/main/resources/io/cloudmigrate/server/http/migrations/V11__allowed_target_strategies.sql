-- The model's strategy of each reachable workload and of the sources of its allowed edges, so that a page
-- of allowed edges filtered by strategy finds its targets by index instead of deriving and checking the
-- pairs of every target edge by edge. Overrides change the effective strategy after the rows are written:
-- the reader adds the few targets that overridden resources reach, and checks the pairs it derives.
-- Rows stored before this migration have nulls here: for them every target is a candidate, as before.
alter table graph_allowed_targets
    add column strategy          text,
    add column source_strategies text[];

create index graph_allowed_targets_by_strategy on graph_allowed_targets (assessment_id, strategy, last_ordinal);
create index graph_allowed_targets_by_source_strategy on graph_allowed_targets using gin (source_strategies);
