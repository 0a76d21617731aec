-- Development levels (ontwikkelniveaus) per performance area: what each level means in an area, when
-- a framework version asks its audits to score them, the level an audit's area conclusion gives, and
-- a self-assessment's own level per area.

-- Null: the version's audits need not score levels (1.1: "in de loop van de tijd"). A date: audits whose
-- first visit is on or after it must give every area they conclude a level before they are submitted.
alter table framework add column development_levels_required_from date;

-- What a level of the framework means in one of its areas. The level must be one the version defines;
-- the check waits for the commit, as a draft's levels and areas are replaced in one transaction.
alter table performance_area add constraint performance_area_id_framework_unique unique (id, framework_id);
create table area_development_level (
    area_id       uuid          not null,
    framework_id  uuid          not null,
    level         smallint      not null,
    description   varchar(2000) not null,
    primary key (area_id, level),
    constraint area_development_level_area_fkey foreign key (area_id, framework_id)
        references performance_area (id, framework_id) on delete cascade,
    constraint area_development_level_level_fkey foreign key (framework_id, level)
        references development_level (framework_id, level) deferrable initially deferred
);
create index area_development_level_framework_idx on area_development_level (framework_id, level);

-- An area conclusion's development level, when given, is one of the scheme's four (as a finding's is).
alter table audit add constraint audit_area_levels check (
    not jsonb_path_exists(areas, '$[*].developmentLevel ? (@ != null && !(@.type() == "number" && @ >= 1 && @ <= 4))'));

-- The organisation's own level and comment per performance area, beside those per norm.
create table self_assessment_area (
    self_assessment_id  uuid          not null references self_assessment (id) on delete cascade,
    area_number         smallint      not null check (area_number between 1 and 99),
    level               smallint      check (level between 1 and 4),
    comment             varchar(4000),
    primary key (self_assessment_id, area_number)
);
