-- Audits of member organisations by certifying bodies: what the audit report carries, the finding per
-- norm, the improvement actions on weighted findings, and the organisations' self-assessments.
--
-- Tenancy: an audit keeps the body code and the KvK number of its tenants beside their ids. Both are
-- identities that never change (the entities refuse it), so the copies cannot go stale, and every
-- tenant's query runs on one indexed column of the audit itself.

-- A finding or self-assessment entry names a norm of its own framework version: (id, framework_id)
-- is the key those references use, so the database itself refuses a norm of another version.
alter table norm add constraint norm_id_framework_unique unique (id, framework_id);

create table audit (
    id                               uuid primary key,
    reference                        varchar(100)  not null,
    certifying_body_id               uuid          not null references certifying_body (id),
    body_code                        varchar(20)   not null,
    organisation_id                  uuid          not null references organisation (id),
    organisation_kvk                 varchar(8)    not null,
    framework_id                     uuid          not null references framework (id),
    type                             varchar(20)   not null check (type in ('ADMISSION', 'INITIAL', 'RECERTIFICATION', 'FOLLOW_UP')),
    status                           varchar(20)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'SUBMITTED', 'DECIDED', 'CANCELLED')),
    first_visit_on                   date          not null,
    self_assessment_on               date,
    report_on                        date,
    previous_certificate_expires_on  date,
    hours_online                     numeric(6, 1) check (hours_online >= 0),
    hours_total                      numeric(6, 1) check (hours_total >= 0),
    fte_professionals                numeric(7, 2) check (fte_professionals >= 0),
    fte_support                      numeric(7, 2) check (fte_support >= 0),
    fte_management                   numeric(7, 2) check (fte_management >= 0),
    organisation_sketch              varchar(10000),
    course                           varchar(10000),
    improvement_plans_assessed       varchar(10000),
    feedback_to_nvvk                 varchar(4000),
    advice                           varchar(30)   check (advice in ('POSITIVE', 'POSITIVE_WITH_CONDITIONS', 'NEGATIVE')),
    advice_motivation                varchar(10000),
    advice_conditions                varchar(4000),
    follow_up_due_on                 date,
    signed_at_place                  varchar(100),
    signed_on                        date,
    signed_by                        varchar(200),
    package_hash                     varchar(64),
    created_at                       timestamptz   not null,
    updated_at                       timestamptz   not null,
    submitted_at                     timestamptz,
    lock_version                     bigint        not null default 0,
    constraint audit_reference_unique unique (certifying_body_id, reference),
    constraint audit_id_framework_unique unique (id, framework_id),
    constraint audit_report_after_visit check (report_on is null or report_on >= first_visit_on),
    constraint audit_body_code_format check (body_code ~ '^[A-Z0-9][A-Z0-9-]{1,19}$'),
    constraint audit_organisation_kvk_format check (organisation_kvk ~ '^[0-9]{8}$')
);
-- The lists every kind of caller pages through: all audits, a body's, an organisation's (newest visit first).
create index audit_visit_idx on audit (first_visit_on, id);
create index audit_body_idx on audit (body_code, first_visit_on, id);
create index audit_organisation_idx on audit (organisation_kvk, first_visit_on, id);
create index audit_organisation_id_idx on audit (organisation_id);
create index audit_framework_idx on audit (framework_id);

create table audit_service_type (
    audit_id      uuid        not null references audit (id) on delete cascade,
    service_type  varchar(60) not null,
    primary key (audit_id, service_type)
);

create table audit_visit (
    audit_id     uuid         not null references audit (id) on delete cascade,
    position     integer      not null,
    visited_on   date         not null,
    description  varchar(300),
    primary key (audit_id, position)
);

create table audit_team_member (
    audit_id  uuid         not null references audit (id) on delete cascade,
    position  integer      not null,
    name      varchar(200) not null,
    role      varchar(20)  not null check (role in ('LEAD_AUDITOR', 'AUDITOR', 'REVIEWER')),
    primary key (audit_id, position)
);

create table audit_interview (
    audit_id      uuid         not null references audit (id) on delete cascade,
    position      integer      not null,
    function      varchar(200) not null,
    interviewees  smallint     not null check (interviewees between 1 and 999),
    primary key (audit_id, position)
);

-- Per performance area: the auditor's conclusion, the evidence seen (onderbouwing) and the improvement points.
create table audit_area (
    audit_id            uuid      not null references audit (id) on delete cascade,
    area_number         smallint  not null check (area_number between 1 and 99),
    conclusion          varchar(10000),
    evidence            jsonb     not null default '[]',
    improvement_points  jsonb     not null default '[]',
    primary key (audit_id, area_number)
);

-- The follow-up of the previous audit's improvement points.
create table audit_previous_point (
    audit_id   uuid          not null references audit (id) on delete cascade,
    position   integer       not null,
    point      varchar(2000) not null,
    follow_up  varchar(4000),
    resolved   boolean       not null,
    primary key (audit_id, position)
);

create table finding (
    id                 uuid primary key,
    audit_id           uuid           not null,
    framework_id       uuid           not null,
    norm_id            uuid           not null,
    norm_number        varchar(5)     not null,
    classification     varchar(20)    not null check (classification in ('MEETS', 'NEEDS_IMPROVEMENT', 'IN_DEVELOPMENT')),
    weight             varchar(20)    check (weight in ('REMARK', 'DEVIATION', 'SHORTCOMING')),
    narrative          varchar(10000),
    development_level  smallint       check (development_level between 1 and 4),
    lock_version       bigint         not null default 0,
    constraint finding_audit_fkey foreign key (audit_id, framework_id) references audit (id, framework_id) on delete cascade,
    constraint finding_norm_fkey foreign key (norm_id, framework_id) references norm (id, framework_id),
    constraint finding_norm_unique unique (audit_id, norm_id)
);
create index finding_norm_idx on finding (norm_id, framework_id);

create table improvement_action (
    id            uuid primary key,
    audit_id      uuid          not null references audit (id) on delete cascade,
    finding_id    uuid          not null references finding (id) on delete cascade,
    position      integer       not null,
    description   varchar(4000) not null,
    owner         varchar(200),
    due_on        date          not null,
    status        varchar(20)   not null check (status in ('OPEN', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'CLOSED')),
    progress      varchar(4000),
    assessment    varchar(4000),
    updated_at    timestamptz   not null,
    lock_version  bigint        not null default 0,
    constraint improvement_action_position_unique unique (finding_id, position)
);
create index improvement_action_audit_idx on improvement_action (audit_id);

create table self_assessment (
    id                uuid primary key,
    organisation_id   uuid         not null references organisation (id),
    organisation_kvk  varchar(8)   not null,
    framework_id      uuid         not null references framework (id),
    status            varchar(20)  not null check (status in ('DRAFT', 'SHARED')),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    shared_at         timestamptz,
    lock_version      bigint       not null default 0,
    constraint self_assessment_id_framework_unique unique (id, framework_id),
    constraint self_assessment_organisation_kvk_format check (organisation_kvk ~ '^[0-9]{8}$')
);
create index self_assessment_organisation_idx on self_assessment (organisation_kvk, created_at, id);
create index self_assessment_created_idx on self_assessment (created_at, id);
-- An organisation completes one draft per framework version at a time.
create unique index self_assessment_one_draft on self_assessment (organisation_id, framework_id) where status = 'DRAFT';

create table self_assessment_entry (
    self_assessment_id  uuid          not null,
    framework_id        uuid          not null,
    norm_id             uuid          not null,
    norm_number         varchar(5)    not null,
    level               smallint      check (level between 1 and 4),
    comment             varchar(4000),
    primary key (self_assessment_id, norm_id),
    constraint self_assessment_entry_assessment_fkey foreign key (self_assessment_id, framework_id)
        references self_assessment (id, framework_id) on delete cascade,
    constraint self_assessment_entry_norm_fkey foreign key (norm_id, framework_id) references norm (id, framework_id)
);
