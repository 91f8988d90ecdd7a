-- Artifacts, wave approvals, resource tags for the tag filter, and the ETA of a job's progress.

-- The files of an assessment's latest generation; the bytes live under the data directory
-- (artifacts/<assessment id>/), where the generator writes them and a download streams them.
create table artifact_files (
    assessment_id uuid        not null references assessments (id) on delete cascade,
    path          text        not null,
    size_bytes    bigint      not null,
    sha256        text        not null,
    wave          integer,
    generated_at  timestamptz not null,
    primary key (assessment_id, path)
);

-- Which resources each wave of an assessment holds (the assessment's graph.waves), so that a wave is
-- read by index; a resource of a wave need not have a recommendation.
create table wave_resources (
    assessment_id uuid    not null references assessments (id) on delete cascade,
    wave          integer not null,
    resource_id   text    not null,
    primary key (assessment_id, wave, resource_id)
);

insert into wave_resources (assessment_id, wave, resource_id)
select a.id, (w.value ->> 'number')::integer, ids.value
from assessments a,
     jsonb_array_elements(a.document::jsonb -> 'graph' -> 'waves') w,
     jsonb_array_elements_text(w.value -> 'resourceIds') ids
on conflict do nothing;

-- Tags of the recommended resources, for the tag=key=value filter.
create table resource_tags (
    assessment_id uuid not null references assessments (id) on delete cascade,
    resource_id   text not null,
    tag_key       text not null,
    tag_value     text not null,
    primary key (assessment_id, resource_id, tag_key)
);
create index resource_tags_by_tag on resource_tags (assessment_id, tag_key, tag_value);

insert into resource_tags (assessment_id, resource_id, tag_key, tag_value)
select a.id, r.value ->> 'id', t.key, t.value
from assessments a,
     jsonb_array_elements(a.document::jsonb -> 'inventory' -> 'resources') r,
     jsonb_each_text(coalesce(r.value -> 'tags', '{}'::jsonb)) t
where exists (select 1 from recommendations rec where rec.assessment_id = a.id and rec.resource_id = r.value ->> 'id')
on conflict do nothing;

-- Approvals belong to the estate's wave, like overrides: they carry over to a re-assessment whose
-- wave holds the same resources with the same strategies (the content hash), and are invalidated,
-- with the reason kept, when it does not.
create table wave_approvals (
    id                  uuid        primary key,
    estate_id           uuid        not null references estates (id) on delete cascade,
    wave                integer     not null,
    assessment_id       uuid        not null,
    decision            text        not null,
    content_hash        text        not null,
    comment             text        not null,
    author              text        not null,
    address             text,
    decided_at          timestamptz not null,
    invalidated_at      timestamptz,
    invalidated_by      uuid,
    invalidated_reason  text
);
create index wave_approvals_by_wave on wave_approvals (estate_id, wave, decided_at desc);

alter table jobs add column eta_seconds bigint;
