-- The public register's change log. Every replica keeps the public register in memory and reads,
-- a few times a second, what changed since the version it holds; so a lookup does no database work
-- and a suspension reaches every replica well within a second.
--
-- Versions are numbered in commit order: a transaction takes one version for all its changes, in a
-- trigger deferred to commit, and holds the counter's row lock until the commit completes. A reader
-- that sees version n has therefore seen every version below it, and polling "version > last seen"
-- never skips a change, however the transactions interleaved before. Only register changes (grants,
-- status steps, renames) queue on the counter, never an audit push.
create table register_version (
    singleton boolean primary key default true check (singleton),
    version   bigint  not null
);
insert into register_version (singleton, version) values (true, 0);

create table register_change (
    version             bigint      not null,
    -- What changed, exactly one of them; a log, so no foreign keys.
    certificate_id      uuid,
    organisation_id     uuid,
    certifying_body_id  uuid,
    changed_at          timestamptz not null default now(),
    constraint register_change_names_one check (num_nonnulls(certificate_id, organisation_id, certifying_body_id) = 1)
);

-- One version per transaction, kept in a transaction-local setting: the counter row is updated once
-- (updating one row many times in a transaction costs more each time, as its versions pile up).
create function register_changed() returns trigger language plpgsql as $$
declare
    taken bigint := nullif(current_setting('keurmerk.register_version', true), '')::bigint;
begin
    if taken is null then
        update register_version set version = version + 1 returning version into taken;
        perform set_config('keurmerk.register_version', taken::text, true);
    end if;
    insert into register_change (version, certificate_id, organisation_id, certifying_body_id)
    values (taken,
            case when tg_table_name = 'certificate' then new.id end,
            case when tg_table_name = 'organisation' then new.id end,
            case when tg_table_name = 'certifying_body' then new.id end);
    return null;
end
$$;

-- A certificate: issued, or any change of its status.
create constraint trigger certificate_register_changed after insert or update on certificate
    deferrable initially deferred for each row execute function register_changed();
-- What the register shows of an organisation and a body: their names and the organisation's place.
create constraint trigger organisation_register_changed after update on organisation
    deferrable initially deferred for each row
    when (old.name is distinct from new.name or old.city is distinct from new.city)
    execute function register_changed();
create constraint trigger certifying_body_register_changed after update on certifying_body
    deferrable initially deferred for each row
    when (old.name is distinct from new.name)
    execute function register_changed();

-- Replicas read past a version; the pruning of entries older than a day reads by age.
create index register_change_version_idx on register_change (version);
create index register_change_age_idx on register_change (changed_at);
-- A refresh reloads the certificates of a renamed organisation or body.
create index certificate_organisation_id_idx on certificate (organisation_id);
create index certificate_body_id_idx on certificate (certifying_body_id);
