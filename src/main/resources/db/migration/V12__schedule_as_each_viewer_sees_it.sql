-- The recertification schedule as each kind of reader may see it (replaces V11's view).
--
-- A certifying body reads the schedule of an organisation it audits, but only as far as its own
-- audits go: bodies compete, so another body's planned audit or the improvement actions on another
-- body's audits are none of its business. The view therefore has one row per organisation for NVVK
-- and members (viewer '*': every body's audits) and one per organisation and body that audits it
-- (viewer = the body's code, any audit of its own it has not cancelled: its own audits only). The
-- certificate (public anyway) and a conditional grant's follow-up (the organisation's obligation)
-- are the same in every row.
--
-- The planned audit is the next recertification (or, without a certificate in force, admission or
-- initial) audit that is planned, under way or submitted; a follow-up audit is the follow-up's, and
-- an open audit whose first visit lies before the current certificate was issued is stale, not planned.
-- A follow-up audit satisfies the conditions once submitted, unless NVVK refused on it.
drop view recertification_schedule;

create view recertification_schedule as
with viewers as (
    select o.id as organisation_id, '*'::varchar(20) as viewer from organisation o
    union all
    select distinct a.organisation_id, a.body_code from audit a where a.status <> 'CANCELLED')
select o.id || '/' || v.viewer         as schedule_key,
       v.viewer,
       o.id                            as organisation_id,
       o.kvk_number,
       o.name                          as organisation_name,
       o.kind                          as organisation_kind,
       c.id                            as certificate_id,
       c.number                        as certificate_number,
       c.status                        as certificate_status,
       c.body_code                     as certificate_body_code,
       c.valid_until,
       c.audit_id                      as certificate_audit_id,
       d.conditions_follow_up_due_on   as follow_up_due_on,
       f.id                            as follow_up_audit_id,
       f.reference                     as follow_up_audit_reference,
       f.body_code                     as follow_up_body_code,
       p.id                            as planned_audit_id,
       p.reference                     as planned_audit_reference,
       p.body_code                     as planned_body_code,
       p.type                          as planned_audit_type,
       p.status                        as planned_audit_status,
       p.first_visit_on                as planned_first_visit_on,
       -- The next day by which an audit must be finished: the recertification audit's (the last
       -- valid day) or an outstanding follow-up's, whichever comes first; none without a certificate in force.
       case when c.status in ('ACTIVE', 'SUSPENDED')
            then least(c.valid_until, case when f.id is null then d.conditions_follow_up_due_on end) end as due_on,
       coalesce(case when c.status in ('ACTIVE', 'SUSPENDED')
            then least(c.valid_until, case when f.id is null then d.conditions_follow_up_due_on end) end, date '9999-12-31') as due_order,
       coalesce(a.due_dates, '[]'::jsonb) as pending_action_due_dates,
       a.first_due_on                  as first_pending_action_due_on
from viewers v
join organisation o on o.id = v.organisation_id
-- The current certificate (at most one: certificate_current_unique), else the latest one.
left join lateral (
    select c.id, c.number, c.status, c.body_code, c.valid_until, c.audit_id, c.issued_on
    from certificate c
    where c.organisation_kvk = o.kvk_number
    order by c.status in ('ACTIVE', 'SUSPENDED') desc, c.issued_on desc, c.id desc
    limit 1) c on true
-- A grant with conditions asks for a follow-up audit by a day ...
left join audit d on d.id = c.audit_id and d.decision = 'GRANT_WITH_CONDITIONS'
-- ... which a follow-up audit submitted since the decision satisfies, unless NVVK refused on it.
left join lateral (
    select f.id, f.reference, f.body_code
    from audit f
    where f.organisation_kvk = o.kvk_number and f.type = 'FOLLOW_UP' and f.status in ('SUBMITTED', 'DECIDED')
      and f.decision is distinct from 'REFUSE'
      and d.decided_at is not null and f.submitted_at >= d.decided_at
    order by f.submitted_at, f.id
    limit 1) f on true
-- The next audit the viewer may know of that a body has planned, is carrying out or has handed to NVVK.
left join lateral (
    select p.id, p.reference, p.body_code, p.type, p.status, p.first_visit_on
    from audit p
    where p.organisation_kvk = o.kvk_number and p.status in ('PLANNED', 'IN_PROGRESS', 'SUBMITTED') and p.type <> 'FOLLOW_UP'
      and (v.viewer = '*' or p.body_code = v.viewer)
      and (c.status is null or c.status not in ('ACTIVE', 'SUSPENDED') or p.first_visit_on >= c.issued_on)
    order by p.first_visit_on, p.id
    limit 1) p on true
-- The due days of the improvement actions still the organisation's to do, on reported audits the viewer may know of.
left join lateral (
    select jsonb_agg(to_char(i.due_on, 'YYYY-MM-DD') order by i.due_on) as due_dates, min(i.due_on) as first_due_on
    from improvement_action i
    join audit x on x.id = i.audit_id
    where x.organisation_kvk = o.kvk_number and x.status in ('SUBMITTED', 'DECIDED')
      and (v.viewer = '*' or x.body_code = v.viewer)
      and i.status in ('OPEN', 'SUBMITTED', 'REJECTED')) a on true;
