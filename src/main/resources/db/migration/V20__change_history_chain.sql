-- A tamper-evident change history: every entry gets its place in one chain (sequence 1, 2, 3 …) and a
-- SHA-256 hash over its content, its place and the hash of the entry before it (32 zero bytes before
-- the first). change_history_chain holds the chain's length and the hash of its last entry (the head),
-- so an entry deleted from the end, or added past it, no longer matches the head.
--
-- Writers insert their entry without a place (sequence and hash null); the service's sealer gives the
-- committed entries their places in batches, under this one row's lock (HistoryChain). Sealing in the
-- writers' own transactions held that lock through every commit and cost the certifier push a quarter
-- of its throughput (docs/benchmarks.md).
--
-- What the hash covers is the entry as PostgreSQL stores it: a JSON array of its fields, written by
-- jsonb's own text output (keys in jsonb's order, numbers as numeric prints them, the time as
-- microseconds since 1970 so no session's time zone enters it). The sealer has it computed from the
-- stored row, and verification recomputes it from the stored row, so what is hashed is always what is
-- stored.
--
-- In two steps: the entry's digest (SHA-256 of its content, computed by the database from the stored
-- row) and the link (SHA-256 of the previous hash, the place as 8 bytes big-endian and the digest),
-- which the sealer computes in Java (HistoryChain.link) and verification again here.
create function change_history_digest(id uuid, resource_type varchar, resource_id uuid, action varchar,
                                      actor_subject varchar, actor_role varchar, actor_tenant varchar,
                                      occurred_at timestamptz, changes jsonb) returns bytea
    language sql stable
as $$
    select sha256(convert_to(jsonb_build_array(id, resource_type, resource_id, action, actor_subject, actor_role,
        actor_tenant, (extract(epoch from occurred_at) * 1000000)::bigint, changes)::text, 'UTF8'))
$$;

create function change_history_link(sequence bigint, digest bytea, previous bytea) returns bytea
    language sql immutable
as $$
    select sha256(previous || int8send(sequence) || digest)
$$;

create function change_history_hash(sequence bigint, id uuid, resource_type varchar, resource_id uuid, action varchar,
                                    actor_subject varchar, actor_role varchar, actor_tenant varchar,
                                    occurred_at timestamptz, changes jsonb, previous bytea) returns bytea
    language sql stable
as $$
    select change_history_link(sequence, change_history_digest(id, resource_type, resource_id, action, actor_subject,
        actor_role, actor_tenant, occurred_at, changes), previous)
$$;

create table change_history_chain (
    id      smallint primary key,
    length  bigint not null,
    head    bytea  not null
);

alter table change_history add column sequence bigint, add column hash bytea;

-- The entries written before this migration wait for their places like new ones: the sealer gives
-- them theirs in the order they happened, a thousand a round, after the start (not during it).
insert into change_history_chain (id, length, head) values (1, 0, '\x0000000000000000000000000000000000000000000000000000000000000000');

alter table change_history add constraint change_history_sequence_key unique (sequence),
    add constraint change_history_sealed_whole check ((sequence is null) = (hash is null));

-- What the sealer reads each round: the few entries committed since its last.
create index change_history_awaiting_seal on change_history (occurred_at, id) where sequence is null;
