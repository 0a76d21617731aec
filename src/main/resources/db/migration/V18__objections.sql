-- Objections (bezwaar): the audited organisation objects to NVVK's refusal, or to the conditions of
-- a grant, within a period after the decision; NVVK records receipt, handling and the outcome. An
-- upheld objection is followed by a new decision on the same audit (redecided_at).
create table objection (
    id                  uuid primary key,
    audit_id            uuid          not null references audit (id),
    audit_reference     varchar(100)  not null,
    organisation_id     uuid          not null references organisation (id),
    organisation_kvk    varchar(8)    not null check (organisation_kvk ~ '^[0-9]{8}$'),
    -- What it objects to: the decision as it stood when the objection was lodged.
    against             varchar(20)   not null check (against in ('REFUSAL', 'CONDITIONS')),
    decision_decided_at timestamptz   not null,
    grounds             text          not null,
    status              varchar(20)   not null check (status in ('LODGED', 'RECEIVED', 'IN_HANDLING', 'DECIDED')),
    lodged_at           timestamptz   not null,
    lodged_by           varchar(200)  not null,
    received_at         timestamptz,
    handling_since      timestamptz,
    outcome             varchar(20)   check (outcome in ('UPHELD', 'PARTLY_UPHELD', 'REJECTED')),
    outcome_motivation  text,
    decided_at          timestamptz,
    decided_by          varchar(200),
    redecided_at        timestamptz,
    updated_at          timestamptz   not null,
    lock_version        bigint        not null default 0,
    -- An outcome, with its motivation, exactly when decided; a new decision only after an upheld one.
    constraint objection_outcome_when_decided check (
        (status = 'DECIDED') = (outcome is not null and outcome_motivation is not null and decided_at is not null)),
    constraint objection_redecided_after_upheld check (redecided_at is null or outcome in ('UPHELD', 'PARTLY_UPHELD'))
);
-- One objection per decision: a second one to the same decision is a duplicate.
create unique index objection_one_per_decision on objection (audit_id, decision_decided_at);
-- The lists, newest first: all (NVVK), and an organisation's own.
create index objection_lodged_idx on objection (lodged_at, id);
create index objection_organisation_idx on objection (organisation_kvk, lodged_at, id);
