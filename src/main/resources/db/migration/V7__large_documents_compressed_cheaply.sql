-- The large values a push writes — the history row's difference (for a new audit about 25 KB of JSON)
-- and the audit's longer texts — are compressed by PostgreSQL's default pglz, which took about a tenth
-- of the database's CPU per pushed package (bench/audit-push.sh, perf). Where the server has lz4
-- (CloudNativePG's images and most distributions' packages do), they are compressed with it, as well
-- and in a fraction of the time. Where it has not (the embedded PostgreSQL of the tests, the local run
-- and the benchmark), they are stored out of line uncompressed: these rows are written once and read
-- one at a time, so the disk they take costs less than the CPU every write would.
do $$
declare
    large_columns constant text[][] := array[
        array['change_history', 'changes'],
        array['audit', 'organisation_sketch'], array['audit', 'course'], array['audit', 'areas'],
        array['audit', 'advice_motivation'], array['audit', 'improvement_plans_assessed']];
    lz4 constant boolean := exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any (enumvals));
    i integer;
begin
    for i in 1 .. array_length(large_columns, 1) loop
        if lz4 then
            execute format('alter table %I alter column %I set compression lz4', large_columns[i][1], large_columns[i][2]);
        else
            execute format('alter table %I alter column %I set storage external', large_columns[i][1], large_columns[i][2]);
        end if;
    end loop;
end $$;
