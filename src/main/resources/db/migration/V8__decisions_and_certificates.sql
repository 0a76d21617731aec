-- NVVK's decision on a submitted audit, and the Keurmerk certificates a grant issues.

-- The decision is the audit's last step: an audit is DECIDED exactly when it carries one.
alter table audit
    add column decision              varchar(30) check (decision in ('GRANT', 'GRANT_WITH_CONDITIONS', 'REFUSE')),
    add column decision_motivation   varchar(10000),
    add column decision_conditions   varchar(4000),
    add column conditions_follow_up_due_on date,
    add column decided_at            timestamptz,
    add constraint audit_decided_with_decision check ((status = 'DECIDED') = (decision is not null and decided_at is not null)),
    add constraint audit_conditions_with_follow_up check (coalesce(decision = 'GRANT_WITH_CONDITIONS', false)
        = (conditions_follow_up_due_on is not null and decision_conditions is not null));

-- A certificate rests on one granted audit and copies what it certifies from it: the organisation
-- and body (with their identities, which never change), the framework version and the scope. Its
-- stored status is what NVVK last did to it; "expired" is read from valid_until and today's date.
create table certificate (
    id                  uuid primary key,
    number              varchar(20)  not null,
    audit_id            uuid         not null references audit (id),
    organisation_id     uuid         not null references organisation (id),
    organisation_kvk    varchar(8)   not null,
    certifying_body_id  uuid         not null references certifying_body (id),
    body_code           varchar(20)  not null,
    framework_id        uuid         not null references framework (id),
    scope               jsonb        not null,
    issued_on           date         not null,
    valid_from          date         not null,
    valid_until         date         not null,
    status              varchar(20)  not null check (status in ('ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'SUPERSEDED')),
    status_changed_at   timestamptz  not null,
    -- Deferred: the superseded certificate leaves certificate_current_unique before its successor is inserted.
    superseded_by       uuid         references certificate (id) deferrable initially deferred,
    lock_version        bigint       not null default 0,
    constraint certificate_number_unique unique (number),
    constraint certificate_audit_unique unique (audit_id),
    constraint certificate_number_format check (number ~ '^NVVK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
    constraint certificate_validity check (valid_until >= valid_from),
    constraint certificate_superseded_by_another check ((status = 'SUPERSEDED') = (superseded_by is not null) and superseded_by <> id)
);
-- The lists each kind of caller pages through, newest issue first.
create index certificate_issued_idx on certificate (issued_on, id);
create index certificate_organisation_idx on certificate (organisation_kvk, issued_on, id);
create index certificate_body_idx on certificate (body_code, issued_on, id);
-- An organisation has at most one current certificate (neither withdrawn nor superseded), which a
-- new grant supersedes.
create unique index certificate_current_unique on certificate (organisation_id) where status in ('ACTIVE', 'SUSPENDED');

-- Every status a certificate has had: who, when, why.
create table certificate_status_change (
    id              uuid primary key,
    certificate_id  uuid          not null references certificate (id) on delete cascade,
    from_status     varchar(20)   check (from_status in ('ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'SUPERSEDED')),
    to_status       varchar(20)   not null check (to_status in ('ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'SUPERSEDED')),
    reason          varchar(4000) not null,
    actor_subject   varchar(200)  not null,
    occurred_at     timestamptz   not null
);
create index certificate_status_change_idx on certificate_status_change (certificate_id, occurred_at, id);
