-- Signed webhooks. A subscription belongs to whoever made it (NVVK, a certifying body, a member
-- organisation) and receives the events of the outbox (the table event, which the feed reads) that its
-- owner may read in the feed. Each replica's delivery loop copies new events into deliveries past the
-- subscription's position in feed order (after_txid, after_event_id), and claims due deliveries with
-- FOR UPDATE SKIP LOCKED, so every event goes to every subscription once, whichever replica sends it.
create table webhook_subscription (
    id                     uuid primary key,
    owner_kind             varchar(20)   not null check (owner_kind in ('NVVK', 'CERTIFYING_BODY', 'MEMBER')),
    owner_tenant           varchar(20),
    target_url             varchar(2000) not null,
    -- Event type names separated by commas; empty: every type.
    event_types            varchar(2000) not null default '',
    active                 boolean       not null,
    secret                 varchar(100)  not null,
    previous_secret        varchar(100),
    previous_secret_until  timestamptz,
    paused_at              timestamptz,
    pause_reason           varchar(500),
    after_txid             bigint        not null,
    after_event_id         bigint        not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    lock_version           bigint        not null default 0,
    constraint webhook_subscription_owner_tenant check ((owner_kind = 'NVVK') = (owner_tenant is null)),
    constraint webhook_subscription_paused_why check ((paused_at is null) = (pause_reason is null))
);
create index webhook_subscription_owner_idx on webhook_subscription (owner_kind, owner_tenant, created_at, id);
create index webhook_subscription_created_idx on webhook_subscription (created_at, id);

create table webhook_delivery (
    id                 uuid primary key,
    subscription_id    uuid          not null references webhook_subscription (id) on delete cascade,
    event_id           bigint        not null references event (id),
    event_txid         bigint        not null,
    event_type         varchar(60)   not null,
    organisation_kvk   varchar(8),
    status             varchar(20)   not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts           integer       not null default 0,
    -- When it is due next; a claimed delivery is leased by moving this past the attempt's timeouts.
    next_attempt_at    timestamptz   not null,
    -- Since when it has been failing; after keurmerk.webhooks.give-up-after it is FAILED and the subscription paused.
    due_since          timestamptz   not null,
    last_attempt_at    timestamptz,
    last_status        integer,
    last_error         varchar(500),
    last_answer        varchar(1000),
    delivered_at       timestamptz,
    created_at         timestamptz   not null,
    constraint webhook_delivery_once unique (subscription_id, event_id)
);
-- Due deliveries, and per subscription and organisation the earliest pending (feed order).
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_order_idx on webhook_delivery (subscription_id, organisation_kvk, event_txid, event_id) where status = 'PENDING';
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, created_at, id);
