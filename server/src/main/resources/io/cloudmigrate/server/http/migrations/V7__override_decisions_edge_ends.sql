-- The decision behind each override, as 'cloudmigrate override' records it in decisions.json: the
-- resource's features when it was decided, so that later assessments of the estate learn from it.
-- Null for overrides recorded before; they stay in force but teach the model nothing.
alter table overrides add column decision text;
