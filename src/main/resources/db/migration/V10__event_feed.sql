-- The event feed: every change integrators care about, written in the same transaction as the change
-- (an outbox), read as a cursor feed.
--
-- A feed must never skip an event, even when transactions commit out of order: an identity column
-- alone would let a reader pass id 8 (committed) while id 7 (begun earlier) is still in flight. So
-- each event also records its transaction's id (txid), and readers order by (txid, id) and read
-- only below the oldest transaction still running (pg_snapshot_xmin of the current snapshot): every
-- transaction below it has ended, so no event can appear there later. A long transaction holds the
-- feed back until it ends; none of the service's own runs longer than a request.
create table event (
    id                bigint       generated always as identity primary key,
    txid              bigint       not null default (pg_current_xact_id()::text::bigint),
    type              varchar(60)  not null,
    occurred_at       timestamptz  not null,
    subject_type      varchar(40)  not null,
    subject_id        uuid         not null,
    -- Who may read it, besides NVVK: the organisation it concerns and the body whose audit it is.
    organisation_kvk  varchar(8),
    body_code         varchar(20),
    data              jsonb        not null,
    constraint event_type_format check (type ~ '^[A-Z][A-Z_]*$')
);
create index event_feed_idx on event (txid, id);
create index event_feed_organisation_idx on event (organisation_kvk, txid, id);
create index event_feed_body_idx on event (body_code, txid, id);
