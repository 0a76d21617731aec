-- "In gesprek met": intercollegiate consultation. NVVK sets up a group of member organisations that
-- works on one organisation-wide question concerning some performance areas; the group meets, and each
-- organisation that took part may keep its own reflection on a meeting, private to itself until it
-- shares it with the certifying body of its planned or running audit.
create table peer_group (
    id            uuid primary key,
    name          varchar(200)  not null,
    question      varchar(2000) not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    lock_version  bigint        not null default 0
);
create index peer_group_name_idx on peer_group (lower(name), id);

-- The performance areas (by number, as every version of the scheme numbers them) the question concerns.
create table peer_group_area (
    group_id     uuid      not null references peer_group (id) on delete cascade,
    area_number  smallint  not null check (area_number between 1 and 99),
    primary key (group_id, area_number)
);
create index peer_group_area_number_idx on peer_group_area (area_number, group_id);

-- Its member organisations, a fixed group; a member sees the groups it belongs to (by its KvK number).
-- The name is the registry's when NVVK set the group up or last described it: members read the names
-- of their fellow members here, not in the organisation register (which shows a member only itself).
create table peer_group_member (
    group_id           uuid          not null references peer_group (id) on delete cascade,
    organisation_id    uuid          not null references organisation (id),
    organisation_kvk   varchar(8)    not null check (organisation_kvk ~ '^[0-9]{8}$'),
    organisation_name  varchar(200)  not null,
    primary key (group_id, organisation_id)
);
create index peer_group_member_kvk_idx on peer_group_member (organisation_kvk, group_id);

create table peer_meeting (
    id            uuid primary key,
    group_id      uuid          not null references peer_group (id),
    held_on       date          not null,
    topic         varchar(2000) not null,
    recorded_at   timestamptz   not null,
    lock_version  bigint        not null default 0
);
-- The lists, newest meeting first: all of them (NVVK), and per group.
create index peer_meeting_held_idx on peer_meeting (held_on, id);
create index peer_meeting_group_idx on peer_meeting (group_id, held_on, id);

-- Which of the group's organisations took part.
create table peer_meeting_participant (
    meeting_id        uuid        not null references peer_meeting (id) on delete cascade,
    organisation_kvk  varchar(8)  not null check (organisation_kvk ~ '^[0-9]{8}$'),
    primary key (meeting_id, organisation_kvk)
);
create index peer_meeting_participant_kvk_idx on peer_meeting_participant (organisation_kvk, meeting_id);

-- One reflection per organisation and meeting; shared_with_body is the certifying body it was shared with.
create table peer_reflection (
    id                uuid primary key,
    meeting_id        uuid          not null references peer_meeting (id),
    organisation_id   uuid          not null references organisation (id),
    organisation_kvk  varchar(8)    not null check (organisation_kvk ~ '^[0-9]{8}$'),
    learned           varchar(4000),
    will_try          varchar(4000),
    shared_with_body  varchar(20),
    shared_at         timestamptz,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    lock_version      bigint        not null default 0,
    constraint peer_reflection_one_per_organisation unique (meeting_id, organisation_id),
    constraint peer_reflection_shared_when check ((shared_with_body is null) = (shared_at is null))
);
create index peer_reflection_organisation_idx on peer_reflection (organisation_kvk, created_at, id);
create index peer_reflection_body_idx on peer_reflection (shared_with_body, created_at, id) where shared_with_body is not null;
