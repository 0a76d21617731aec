-- The package push answers a retry of the same bytes from one indexed read (AuditService.replay).

-- The hash of the bytes of the last push, beside package_hash (the hash of its content).
alter table audit add column package_sent_hash varchar(64);

-- A body's references are its own, and the body's code is what every one of its queries filters
-- on: the key that finds a push by reference leads with the code.
alter table audit drop constraint audit_reference_unique;
alter table audit add constraint audit_reference_unique unique (body_code, reference);

-- A finding's foreign key to its audit is checked on (id, framework_id), which
-- audit_id_framework_unique serves; without statistics the planner checked it through this index on
-- framework_id alone, reading every audit of the version for each finding.
drop index audit_framework_idx;
