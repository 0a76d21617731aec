-- The recertification schedule, derived per organisation from its certificates and audits (never a
-- stored copy that can go stale), and the time-based milestones the scheduled job turns into events.

-- Only the parts of a schedule that do not depend on today's date: the state and every date that
-- moves with "today" or with configured periods are derived from these by RecertificationSchedule.
create view recertification_schedule as
select o.id                            as organisation_id,
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
from organisation o
-- The current certificate (at most one: certificate_current_unique), else the latest one.
left join lateral (
    select c.id, c.number, c.status, c.body_code, c.valid_until, c.audit_id
    from certificate c
    where c.organisation_kvk = o.kvk_number
    order by c.status in ('ACTIVE', 'SUSPENDED') desc, c.issued_on desc, c.id desc
    limit 1) c on true
-- A grant with conditions asks for a follow-up audit by a day ...
left join audit d on d.id = c.audit_id and d.decision = 'GRANT_WITH_CONDITIONS'
-- ... which a follow-up audit submitted since the decision satisfies.
left join lateral (
    select f.id, f.reference, f.body_code
    from audit f
    where f.organisation_kvk = o.kvk_number and f.type = 'FOLLOW_UP' and f.status in ('SUBMITTED', 'DECIDED')
      and d.decided_at is not null and f.submitted_at >= d.decided_at
    order by f.submitted_at, f.id
    limit 1) f on true
-- The next audit a certifying body has planned, is carrying out or has handed to NVVK.
left join lateral (
    select p.id, p.reference, p.body_code, p.type, p.status, p.first_visit_on
    from audit p
    where p.organisation_kvk = o.kvk_number and p.status in ('PLANNED', 'IN_PROGRESS', 'SUBMITTED')
    order by p.first_visit_on, p.id
    limit 1) p on true
-- The due days of the improvement actions still the organisation's to do, on reported audits.
left join lateral (
    select jsonb_agg(to_char(i.due_on, 'YYYY-MM-DD') order by i.due_on) as due_dates, min(i.due_on) as first_due_on
    from improvement_action i
    join audit x on x.id = i.audit_id
    where x.organisation_kvk = o.kvk_number and x.status in ('SUBMITTED', 'DECIDED')
      and i.status in ('OPEN', 'SUBMITTED', 'REJECTED')) a on true;

-- The per-organisation lookups above use the (organisation_kvk, ...) indexes of certificate and
-- audit. The milestone job looks for certificates in force by their last valid day, and for
-- improvement actions still to do by their due day.
create index certificate_in_force_until_idx on certificate (valid_until, id) where status in ('ACTIVE', 'SUSPENDED');
create index improvement_action_pending_due_idx on improvement_action (due_on, id) where status in ('OPEN', 'SUBMITTED', 'REJECTED');

-- A milestone reached: the job records each (type, subject, due day) once, and its event with it in
-- the same transaction. The key makes "exactly once" hold however often and on however many
-- replicas the job runs.
create table milestone (
    type         varchar(60) not null,
    subject_id   uuid        not null,
    due_on       date        not null,
    reached_at   timestamptz not null,
    constraint milestone_once primary key (type, subject_id, due_on),
    constraint milestone_type_format check (type ~ '^[A-Z][A-Z_]*$')
);

-- Quartz's job store (quartz 2.5 tables_postgres.sql), so that with several replicas one runs each
-- firing of a scheduled job (quarkus.quartz.clustered).
create table qrtz_job_details
(
  sched_name        varchar(120) not null,
  job_name          varchar(200) not null,
  job_group         varchar(200) not null,
  description       varchar(250) null,
  job_class_name    varchar(250) not null,
  is_durable        bool         not null,
  is_nonconcurrent  bool         not null,
  is_update_data    bool         not null,
  requests_recovery bool         not null,
  job_data          bytea        null,
  primary key (sched_name, job_name, job_group)
);

create table qrtz_triggers
(
  sched_name     varchar(120) not null,
  trigger_name   varchar(200) not null,
  trigger_group  varchar(200) not null,
  job_name       varchar(200) not null,
  job_group      varchar(200) not null,
  description    varchar(250) null,
  next_fire_time bigint       null,
  prev_fire_time bigint       null,
  priority       integer      null,
  trigger_state  varchar(16)  not null,
  trigger_type   varchar(8)   not null,
  start_time     bigint       not null,
  end_time       bigint       null,
  calendar_name  varchar(200) null,
  misfire_instr  smallint     null,
  job_data       bytea        null,
  primary key (sched_name, trigger_name, trigger_group),
  foreign key (sched_name, job_name, job_group)
  references qrtz_job_details (sched_name, job_name, job_group)
);

create table qrtz_simple_triggers
(
  sched_name      varchar(120) not null,
  trigger_name    varchar(200) not null,
  trigger_group   varchar(200) not null,
  repeat_count    bigint       not null,
  repeat_interval bigint       not null,
  times_triggered bigint       not null,
  primary key (sched_name, trigger_name, trigger_group),
  foreign key (sched_name, trigger_name, trigger_group)
  references qrtz_triggers (sched_name, trigger_name, trigger_group)
);

create table qrtz_cron_triggers
(
  sched_name      varchar(120) not null,
  trigger_name    varchar(200) not null,
  trigger_group   varchar(200) not null,
  cron_expression varchar(120) not null,
  time_zone_id    varchar(80),
  primary key (sched_name, trigger_name, trigger_group),
  foreign key (sched_name, trigger_name, trigger_group)
  references qrtz_triggers (sched_name, trigger_name, trigger_group)
);

create table qrtz_simprop_triggers
(
  sched_name    varchar(120)   not null,
  trigger_name  varchar(200)   not null,
  trigger_group varchar(200)   not null,
  str_prop_1    varchar(512)   null,
  str_prop_2    varchar(512)   null,
  str_prop_3    varchar(512)   null,
  int_prop_1    int            null,
  int_prop_2    int            null,
  long_prop_1   bigint         null,
  long_prop_2   bigint         null,
  dec_prop_1    numeric(13, 4) null,
  dec_prop_2    numeric(13, 4) null,
  bool_prop_1   bool           null,
  bool_prop_2   bool           null,
  primary key (sched_name, trigger_name, trigger_group),
  foreign key (sched_name, trigger_name, trigger_group)
  references qrtz_triggers (sched_name, trigger_name, trigger_group)
);

create table qrtz_blob_triggers
(
  sched_name    varchar(120) not null,
  trigger_name  varchar(200) not null,
  trigger_group varchar(200) not null,
  blob_data     bytea        null,
  primary key (sched_name, trigger_name, trigger_group),
  foreign key (sched_name, trigger_name, trigger_group)
  references qrtz_triggers (sched_name, trigger_name, trigger_group)
);

create table qrtz_calendars
(
  sched_name    varchar(120) not null,
  calendar_name varchar(200) not null,
  calendar      bytea        not null,
  primary key (sched_name, calendar_name)
);


create table qrtz_paused_trigger_grps
(
  sched_name    varchar(120) not null,
  trigger_group varchar(200) not null,
  primary key (sched_name, trigger_group)
);

create table qrtz_fired_triggers
(
  sched_name        varchar(120) not null,
  entry_id          varchar(95)  not null,
  trigger_name      varchar(200) not null,
  trigger_group     varchar(200) not null,
  instance_name     varchar(200) not null,
  fired_time        bigint       not null,
  sched_time        bigint       not null,
  priority          integer      not null,
  state             varchar(16)  not null,
  job_name          varchar(200) null,
  job_group         varchar(200) null,
  is_nonconcurrent  bool         null,
  requests_recovery bool         null,
  primary key (sched_name, entry_id)
);

create table qrtz_scheduler_state
(
  sched_name        varchar(120) not null,
  instance_name     varchar(200) not null,
  last_checkin_time bigint       not null,
  checkin_interval  bigint       not null,
  primary key (sched_name, instance_name)
);

create table qrtz_locks
(
  sched_name varchar(120) not null,
  lock_name  varchar(40)  not null,
  primary key (sched_name, lock_name)
);

create index idx_qrtz_j_req_recovery
  on qrtz_job_details (sched_name, requests_recovery);
create index idx_qrtz_j_grp
  on qrtz_job_details (sched_name, job_group);

create index idx_qrtz_t_j
  on qrtz_triggers (sched_name, job_name, job_group);
create index idx_qrtz_t_jg
  on qrtz_triggers (sched_name, job_group);
create index idx_qrtz_t_c
  on qrtz_triggers (sched_name, calendar_name);
create index idx_qrtz_t_g
  on qrtz_triggers (sched_name, trigger_group);
create index idx_qrtz_t_state
  on qrtz_triggers (sched_name, trigger_state);
create index idx_qrtz_t_n_state
  on qrtz_triggers (sched_name, trigger_name, trigger_group, trigger_state);
create index idx_qrtz_t_n_g_state
  on qrtz_triggers (sched_name, trigger_group, trigger_state);
create index idx_qrtz_t_next_fire_time
  on qrtz_triggers (sched_name, next_fire_time);
create index idx_qrtz_t_nft_st
  on qrtz_triggers (sched_name, trigger_state, next_fire_time);
create index idx_qrtz_t_nft_misfire
  on qrtz_triggers (sched_name, misfire_instr, next_fire_time);
create index idx_qrtz_t_nft_st_misfire
  on qrtz_triggers (sched_name, misfire_instr, next_fire_time, trigger_state);
create index idx_qrtz_t_nft_st_misfire_grp
  on qrtz_triggers (sched_name, misfire_instr, next_fire_time, trigger_group, trigger_state);

create index idx_qrtz_ft_trig_inst_name
  on qrtz_fired_triggers (sched_name, instance_name);
create index idx_qrtz_ft_inst_job_req_rcvry
  on qrtz_fired_triggers (sched_name, instance_name, requests_recovery);
create index idx_qrtz_ft_j_g
  on qrtz_fired_triggers (sched_name, job_name, job_group);
create index idx_qrtz_ft_jg
  on qrtz_fired_triggers (sched_name, job_group);
create index idx_qrtz_ft_t_g
  on qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
create index idx_qrtz_ft_tg
  on qrtz_fired_triggers (sched_name, trigger_group);



