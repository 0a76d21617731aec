-- The trend statistics keep a copy of the decided audits in memory and refresh it by what changed
-- since their last read: audits decided since then, and improvement actions changed since then.
create index audit_decided_idx on audit (decided_at) where status = 'DECIDED';
create index improvement_action_updated_idx on improvement_action (updated_at);
