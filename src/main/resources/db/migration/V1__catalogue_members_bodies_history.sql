-- The norm framework catalogue, member organisations, certifying bodies and the change history.

create table framework (
    id            uuid primary key,
    code          varchar(40)  not null,
    version       varchar(20)  not null,
    title         varchar(200) not null,
    published_on  date         not null,
    status        varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    created_at    timestamptz  not null,
    lock_version  bigint       not null default 0,
    constraint framework_code_version_unique unique (code, version)
);

create table development_level (
    framework_id  uuid         not null references framework (id) on delete cascade,
    level         smallint     not null check (level between 1 and 9),
    title         varchar(200) not null,
    description   varchar(2000),
    primary key (framework_id, level)
);

create table performance_area (
    id            uuid primary key,
    framework_id  uuid         not null references framework (id) on delete cascade,
    number        smallint     not null check (number between 1 and 99),
    title         varchar(200) not null,
    description   varchar(2000),
    constraint performance_area_number_unique unique (framework_id, number)
);

create table norm (
    id                uuid primary key,
    framework_id      uuid          not null references framework (id) on delete cascade,
    area_id           uuid          not null references performance_area (id) on delete cascade,
    norm_key          varchar(80)   not null,
    number            varchar(10)   not null,
    position          smallint      not null,
    title             varchar(300)  not null,
    description       varchar(4000),
    succeeds_norm_id  uuid references norm (id),
    constraint norm_key_unique unique (framework_id, norm_key),
    constraint norm_number_unique unique (framework_id, number),
    constraint norm_position_unique unique (area_id, position)
);
create index norm_succeeds_idx on norm (succeeds_norm_id);

-- Empty for a norm that applies to every service type.
create table norm_service_type (
    norm_id       uuid        not null references norm (id) on delete cascade,
    service_type  varchar(60) not null,
    primary key (norm_id, service_type)
);
create index norm_service_type_type_idx on norm_service_type (service_type);

create table organisation (
    id                 uuid primary key,
    kvk_number         varchar(8)   not null,
    name               varchar(200) not null,
    kind               varchar(30)  not null check (kind in ('MUNICIPALITY', 'CREDIT_BANK', 'PRIVATE_PROVIDER', 'OTHER')),
    street             varchar(200),
    postal_code        varchar(7),
    city               varchar(100),
    website            varchar(300),
    membership_status  varchar(20)  not null check (membership_status in ('APPLICANT', 'MEMBER', 'ENDED')),
    member_since       date,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    lock_version       bigint       not null default 0,
    constraint organisation_kvk_unique unique (kvk_number),
    constraint organisation_kvk_format check (kvk_number ~ '^[0-9]{8}$')
);
create index organisation_name_idx on organisation (lower(name), id);

create table organisation_service (
    organisation_id  uuid        not null references organisation (id) on delete cascade,
    service_type     varchar(60) not null,
    primary key (organisation_id, service_type)
);

create table certifying_body (
    id                    uuid primary key,
    code                  varchar(20)  not null,
    name                  varchar(200) not null,
    street                varchar(200),
    postal_code           varchar(7),
    city                  varchar(100),
    website               varchar(300),
    accreditation_status  varchar(20)  not null check (accreditation_status in ('ACCREDITED', 'SUSPENDED', 'WITHDRAWN')),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    lock_version          bigint       not null default 0,
    constraint certifying_body_code_unique unique (code),
    constraint certifying_body_code_format check (code ~ '^[A-Z0-9][A-Z0-9-]{1,19}$')
);
create index certifying_body_name_idx on certifying_body (lower(name), id);

create table change_history (
    id             uuid primary key,
    resource_type  varchar(40)  not null,
    resource_id    uuid         not null,
    action         varchar(40)  not null,
    actor_subject  varchar(200) not null,
    actor_role     varchar(40)  not null,
    actor_tenant   varchar(40),
    occurred_at    timestamptz  not null,
    changes        jsonb        not null
);
create index change_history_resource_idx on change_history (resource_type, resource_id, occurred_at, id);
