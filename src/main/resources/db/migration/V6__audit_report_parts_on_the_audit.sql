-- The parts of an audit's report that are lists — its scope, visits, team, interviewed functions,
-- area conclusions and the follow-up of the previous audit's points — move from one table each onto
-- the audit's own row, as JSON arrays. They are always written and read whole with the audit and
-- never queried on their own; as six tables they cost a push six more inserts (and a read six more
-- selects), about a third of a new package's work (bench/audit-push.sh).

alter table audit
    add column scope            jsonb not null default '[]',
    add column visits           jsonb not null default '[]',
    add column team             jsonb not null default '[]',
    add column interviews       jsonb not null default '[]',
    add column areas            jsonb not null default '[]',
    add column previous_points  jsonb not null default '[]';

update audit a set
    scope = coalesce((select jsonb_agg(s.service_type order by s.service_type)
                      from audit_service_type s where s.audit_id = a.id), '[]'),
    visits = coalesce((select jsonb_agg(jsonb_build_object('visitedOn', v.visited_on, 'description', v.description) order by v.position)
                       from audit_visit v where v.audit_id = a.id), '[]'),
    team = coalesce((select jsonb_agg(jsonb_build_object('name', m.name, 'role', m.role) order by m.position)
                     from audit_team_member m where m.audit_id = a.id), '[]'),
    interviews = coalesce((select jsonb_agg(jsonb_build_object('function', i.function, 'interviewees', i.interviewees) order by i.position)
                           from audit_interview i where i.audit_id = a.id), '[]'),
    areas = coalesce((select jsonb_agg(jsonb_build_object('areaNumber', c.area_number, 'conclusion', c.conclusion,
                                                          'evidence', c.evidence, 'improvementPoints', c.improvement_points)
                                       order by c.area_number)
                      from audit_area c where c.audit_id = a.id), '[]'),
    previous_points = coalesce((select jsonb_agg(jsonb_build_object('point', p.point, 'followUp', p.follow_up, 'resolved', p.resolved)
                                                 order by p.position)
                                from audit_previous_point p where p.audit_id = a.id), '[]');

drop table audit_service_type, audit_visit, audit_team_member, audit_interview, audit_area, audit_previous_point;

-- Each item's shape, as the columns had it: required members present and of their type, team roles,
-- 1 to 999 interviewees, area numbers 1 to 99. (In lax jsonpath a missing member makes the comparison
-- false, so "not (well formed)" selects it.) Lengths and one conclusion per area are the API's
-- (Bean Validation and the package's own checks), as for every text of the audit row.
alter table audit
    add constraint audit_scope_service_types check (jsonb_typeof(scope) = 'array' and jsonb_array_length(scope) >= 1
        and not jsonb_path_exists(scope, '$[*] ? (!(@.type() == "string" && @ like_regex "^[A-Z][A-Z_]{1,59}$"))')),
    add constraint audit_visits_dated check (jsonb_typeof(visits) = 'array' and jsonb_array_length(visits) >= 1
        and not jsonb_path_exists(visits, '$[*] ? (!(@.visitedOn.type() == "string" && @.visitedOn like_regex "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))')),
    add constraint audit_team_roles check (jsonb_typeof(team) = 'array'
        and not jsonb_path_exists(team, '$[*] ? (!(@.name.type() == "string"
            && (@.role == "LEAD_AUDITOR" || @.role == "AUDITOR" || @.role == "REVIEWER")))')),
    add constraint audit_interviewees_counted check (jsonb_typeof(interviews) = 'array'
        and not jsonb_path_exists(interviews, '$[*] ? (!(@.function.type() == "string"
            && @.interviewees.type() == "number" && @.interviewees >= 1 && @.interviewees <= 999))')),
    add constraint audit_area_numbers check (jsonb_typeof(areas) = 'array'
        and not jsonb_path_exists(areas, '$[*] ? (!(@.areaNumber.type() == "number" && @.areaNumber >= 1 && @.areaNumber <= 99))')),
    add constraint audit_previous_points_listed check (jsonb_typeof(previous_points) = 'array'
        and not jsonb_path_exists(previous_points, '$[*] ? (!(@.point.type() == "string" && @.resolved.type() == "boolean"))'));
alter table audit
    alter column scope drop default, alter column visits drop default, alter column team drop default,
    alter column interviews drop default, alter column areas drop default, alter column previous_points drop default;
