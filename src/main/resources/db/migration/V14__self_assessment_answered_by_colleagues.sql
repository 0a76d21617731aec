-- The zelfscan as a team exercise: colleagues of one member organisation (each a token subject of its
-- own) answer the organisation's self-assessment on their own, per norm and per performance area, in
-- private until they submit. The quality coordinator reads the submitted answers only together
-- (SelfAssessmentResponse.combinableBy) and settles the organisation's own entries, as before.
create table self_assessment_response (
    id                  uuid primary key,
    self_assessment_id  uuid          not null,
    framework_id        uuid          not null,
    organisation_kvk    varchar(8)    not null,
    respondent          varchar(255)  not null,
    status              varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED')),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    submitted_at        timestamptz,
    lock_version        bigint        not null default 0,
    constraint self_assessment_response_assessment_fkey foreign key (self_assessment_id, framework_id)
        references self_assessment (id, framework_id) on delete cascade,
    constraint self_assessment_response_one_per_respondent unique (self_assessment_id, respondent),
    constraint self_assessment_response_id_framework_unique unique (id, framework_id),
    constraint self_assessment_response_submitted_when check ((status = 'SUBMITTED') = (submitted_at is not null)),
    constraint self_assessment_response_organisation_kvk_format check (organisation_kvk ~ '^[0-9]{8}$')
);

create table self_assessment_response_entry (
    response_id   uuid          not null,
    framework_id  uuid          not null,
    norm_id       uuid          not null,
    norm_number   varchar(5)    not null,
    level         smallint      check (level between 1 and 4),
    comment       varchar(4000),
    primary key (response_id, norm_id),
    constraint self_assessment_response_entry_response_fkey foreign key (response_id, framework_id)
        references self_assessment_response (id, framework_id) on delete cascade,
    constraint self_assessment_response_entry_norm_fkey foreign key (norm_id, framework_id) references norm (id, framework_id)
);

create table self_assessment_response_area (
    response_id  uuid          not null references self_assessment_response (id) on delete cascade,
    area_number  smallint      not null check (area_number between 1 and 99),
    level        smallint      check (level between 1 and 4),
    comment      varchar(4000),
    primary key (response_id, area_number)
);
